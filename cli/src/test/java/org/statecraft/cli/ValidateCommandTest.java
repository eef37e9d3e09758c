package org.statecraft.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statecraft.examples.KabulFixtures;
import org.statecraft.jackson.StatecraftJson;

class ValidateCommandTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(UTF_8));
  }

  private Path fixture() throws IOException {
    return write("kabul.json", KabulFixtures.json());
  }

  @Test
  void accepts_the_kabul_fixture_file() throws IOException {
    Path file = fixture();
    Run run = Run.of("validate", file.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_OK);
    assertThat(run.out).contains("valid    " + file + " (dossier: 15 events").contains("The file is valid.");
    assertThat(run.err).isEmpty();
  }

  @Test
  void accepts_the_fixture_in_strict_mode() throws IOException {
    Run run = Run.of("validate", "--strict", fixture().toString());
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_OK);
  }

  @Test
  void accepts_a_single_event_file() throws IOException {
    Path file = write("visit.json", StatecraftJson.standard().writeEvent(KabulFixtures.visit()));
    Run run = Run.of("validate", file.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_OK);
    assertThat(run.out).contains("event shoigu-visits-kabul, visit");
  }

  private static int indexOf(org.statecraft.core.Event event) {
    return KabulFixtures.dossier().events().indexOf(event);
  }

  @Test
  void rejects_a_broken_copy_with_file_json_path_code_and_message() throws IOException {
    String broken = KabulFixtures.json().replace("\"asset-freeze\"", "\"asset-thaw\"");
    assertThat(broken).isNotEqualTo(KabulFixtures.json());
    Path file = write("broken.json", broken);

    Run run = Run.of("validate", file.toString());

    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_INVALID);
    assertThat(run.out).contains("INVALID  " + file + " (1 violation)");
    int sanction = indexOf(KabulFixtures.usSanctionsOnTaliban());
    assertThat(run.out).contains(file + ": $.events[" + sanction + "].measures[0]: unknown-value: ");
    assertThat(run.out).contains("1 of 1 file is invalid.");
    assertThat(run.out + run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void reports_every_violation_of_a_broken_copy_not_only_the_first() throws IOException {
    String broken = KabulFixtures.json()
        .replace("\"asset-freeze\"", "\"asset-thaw\"")
        .replaceFirst("\"when\": \"2024-11-25/\\.\\.\"", "\"when\": \"2024-11-26/2024-11-01\"");
    Path file = write("broken.json", broken);

    Run run = Run.of("validate", file.toString());

    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_INVALID);
    int sanction = indexOf(KabulFixtures.usSanctionsOnTaliban());
    int assessment = indexOf(KabulFixtures.reportAssessesSanctionsDamage());
    assertThat(run.out)
        .contains("(2 violations)")
        .contains(file + ": $.events[" + sanction + "].measures[0]: unknown-value: ")
        .contains(file + ": $.events[" + assessment + "].when: end-before-start: ");
  }

  @Test
  void rejects_a_dangling_reference_with_its_path() throws IOException {
    String broken = KabulFixtures.json().replace(
        "\"respondsTo\": \"taliban-officials-ask-russia-for-support\"", "\"respondsTo\": \"no-such-statement\"");
    assertThat(broken).isNotEqualTo(KabulFixtures.json());
    Path file = write("dangling.json", broken);

    Run run = Run.of("validate", file.toString());

    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_INVALID);
    int dialogue = indexOf(KabulFixtures.shoiguOffersPoliticalDialogue());
    assertThat(run.out).contains(file + ": $.events[" + dialogue + "].respondsTo: dangling-reference: ");
  }

  @Test
  void rejects_malformed_json_with_its_location() throws IOException {
    Path file = write("malformed.json", "{\"schemaVersion\": 1, \"source\": ");
    Run run = Run.of("validate", file.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_INVALID);
    assertThat(run.out).contains(file + ": $").contains(": malformed: ");
  }

  @Test
  void checks_every_file_and_fails_if_any_is_invalid() throws IOException {
    Path good = fixture();
    Path bad = write("bad.json", "[]");
    Run run = Run.of("validate", good.toString(), bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_INVALID);
    assertThat(run.out).contains("valid    " + good).contains("INVALID  " + bad).contains("1 of 2 files are invalid.");
  }

  @Test
  void missing_file_is_a_usage_error_and_nothing_is_validated() throws IOException {
    Path good = fixture();
    Path missing = dir.resolve("missing.json");
    Run run = Run.of("validate", good.toString(), missing.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_USAGE);
    assertThat(run.err).contains(missing + ": no such file");
    assertThat(run.out).isEmpty();
  }

  @Test
  void directory_is_a_usage_error() {
    Run run = Run.of("validate", dir.toString());
    assertThat(run.code).isEqualTo(StatecraftCommand.EXIT_USAGE);
    assertThat(run.err).contains("is a directory");
  }

  @Test
  void no_file_at_all_is_a_usage_error() {
    Run run = Run.of("validate");
    assertThat(run.code).isEqualTo(StatecraftCommand.EXIT_USAGE);
    assertThat(run.err).contains("Missing required parameter");
  }

  @Test
  void unknown_property_is_ignored_by_default_and_rejected_in_strict_mode() throws IOException {
    Path file = write("extra.json", KabulFixtures.json().replaceFirst("\\{", "{\n  \"comment\": \"added by hand\","));
    assertThat(Run.of("validate", file.toString()).code).isEqualTo(StatecraftCommand.EXIT_OK);
    Run strict = Run.of("validate", "--strict", file.toString());
    assertThat(strict.code).as(strict.toString()).isEqualTo(StatecraftCommand.EXIT_INVALID);
    assertThat(strict.out).contains(": unknown-property: ");
  }

  @Test
  void a_top_level_type_without_events_marks_a_single_event() {
    StatecraftJson json = StatecraftJson.standard();
    assertThat(ValidateCommand.isSingleEvent(json, "{\"schemaVersion\":1,\"type\":\"visit\"}".getBytes(UTF_8))).isTrue();
    assertThat(ValidateCommand.isSingleEvent(json, KabulFixtures.json().getBytes(UTF_8))).isFalse();
    assertThat(ValidateCommand.isSingleEvent(json, "{\"type\":".getBytes(UTF_8))).isFalse();
    assertThat(ValidateCommand.isSingleEvent(json, "[]".getBytes(UTF_8))).isFalse();
  }
}
