package org.statecraft.test;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.statecraft.jackson.StatecraftJson;

/**
 * Keeps the test fixture {@code statecraft/fixtures/kabul-sample.json} what the real writer makes
 * of {@link Kabul#dossier()}. After a deliberate change to the dossier or the wire format, rewrite
 * it with {@code mvn -pl testkit test -Dtest=SampleFixtureTest -Dstatecraft.updateFixtures=true}.
 */
class SampleFixtureTest {

  static final String NAME = "kabul-sample";

  @Test
  void sample_fixture_is_the_pretty_json_of_the_sample_dossier() throws IOException {
    String expected = StatecraftJson.standard().writeDossierPretty(Kabul.dossier());
    if (Boolean.getBoolean("statecraft.updateFixtures")) {
      Files.writeString(Path.of("src/test/resources", StatecraftFixtures.resourceOf(NAME)), expected);
    }
    String actual;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(StatecraftFixtures.resourceOf(NAME))) {
      then(in).as("resource %s", StatecraftFixtures.resourceOf(NAME)).isNotNull();
      actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    then(actual).as("%s, as written by StatecraftJson.writeDossierPretty", StatecraftFixtures.resourceOf(NAME))
        .isEqualTo(expected);
  }
}
