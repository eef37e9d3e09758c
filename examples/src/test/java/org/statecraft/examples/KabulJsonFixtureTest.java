package org.statecraft.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Dossier;
import org.statecraft.jackson.StatecraftJson;

/**
 * The JSON fixture {@value KabulFixtures#JSON_RESOURCE} and the Java fixture are the same dossier.
 *
 * <p>To regenerate the file after changing {@link KabulFixtures}, run
 * <pre>
 * mvn -B -pl examples -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=KabulJsonFixtureTest#java_fixture_written_as_json_equals_the_file_byte_for_byte \
 *     -Dstatecraft.fixtures.write=true
 * </pre>
 * which writes {@code examples/src/main/resources/statecraft/fixtures/kabul-visit-2024-11-25.json}
 * with {@link StatecraftJson#writeDossierPretty}; then review the diff and run the tests again.
 * Without that property, nothing is ever written.
 */
class KabulJsonFixtureTest {

  static final String WRITE_PROPERTY = "statecraft.fixtures.write";

  private static byte[] resource() throws IOException {
    try (InputStream in = KabulFixtures.class.getResourceAsStream("/" + KabulFixtures.JSON_RESOURCE)) {
      assertThat(in).as("classpath resource " + KabulFixtures.JSON_RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void java_fixture_written_as_json_equals_the_file_byte_for_byte() throws IOException {
    byte[] written = StatecraftJson.standard().writeDossierPretty(KabulFixtures.dossier()).getBytes(UTF_8);
    if (Boolean.getBoolean(WRITE_PROPERTY)) {
      Path file = Paths.get(System.getProperty("basedir", "."), "src/main/resources", KabulFixtures.JSON_RESOURCE);
      Files.createDirectories(file.getParent());
      Files.write(file, written);
      System.out.println("Wrote " + file.toAbsolutePath() + "; review it and run the tests again.");
      assertThat(Files.readAllBytes(file)).isEqualTo(written);
      return;
    }
    assertThat(new String(resource(), UTF_8)).isEqualTo(new String(written, UTF_8));
    assertThat(resource()).isEqualTo(written);
  }

  @Test
  void file_read_back_equals_the_java_fixture() throws IOException {
    Dossier read = StatecraftJson.standard().readDossier(resource());
    assertThat(read).isEqualTo(KabulFixtures.dossier());
  }

  @Test
  void file_is_accepted_by_the_strict_reader() throws IOException {
    assertThat(StatecraftJson.strict().readDossier(resource())).isEqualTo(KabulFixtures.dossier());
  }

  @Test
  void json_accessor_returns_the_file_as_text() throws IOException {
    assertThat(KabulFixtures.json()).isEqualTo(new String(resource(), UTF_8));
    assertThat(KabulFixtures.json()).startsWith("{\n  \"schemaVersion\": 1,").endsWith("}\n");
  }

  @Test
  void file_is_canonical_reading_and_writing_it_again_gives_the_same_bytes() throws IOException {
    StatecraftJson json = StatecraftJson.standard();
    String once = new String(resource(), UTF_8);
    assertThat(json.writeDossierPretty(json.readDossier(once))).isEqualTo(once);
  }
}
