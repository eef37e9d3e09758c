package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/** Unknown properties: ignored by the tolerant reader, rejected with their paths by the strict one. */
class StrictModeTest {

  private final StatecraftJson tolerant = StatecraftJson.standard();
  private final StatecraftJson strict = StatecraftJson.strict();
  private final String dossier = tolerant.writeDossier(Samples.dossier());
  private final String visit = tolerant.writeEvent(Samples.visit());

  /** Adds properties a newer release might write, at several depths. */
  private final String extended = dossier
      .replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"generator\":{\"name\":\"x\",\"tags\":[1,[2]]},")
      .replace("\"measures\":[", "\"severity\":\"high\",\"measures\":[")
      .replace("{\"latitude\":34.5553,", "{\"altitude\":1790,\"latitude\":34.5553,");

  @Test
  void tolerant_reader_ignores_unknown_properties_at_any_depth() {
    assertThat(tolerant.isStrict()).isFalse();
    assertThat(tolerant.readDossier(extended)).isEqualTo(Samples.dossier());
  }

  @Test
  void strict_reader_rejects_every_unknown_property_with_its_path() {
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> strict.readDossier(extended));

    assertThat(strict.isStrict()).isTrue();
    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
        tuple("$.generator", ViolationCode.UNKNOWN_PROPERTY),
        tuple("$.events[0].place.coordinates.altitude", ViolationCode.UNKNOWN_PROPERTY),
        tuple("$.events[3].severity", ViolationCode.UNKNOWN_PROPERTY));
  }

  @Test
  void a_property_of_another_event_type_is_unknown_for_this_type() {
    String text = visit.replace("\"purpose\":", "\"measures\":[\"not-a-measure\"],\"purpose\":");

    assertThat(tolerant.readEvent(text)).isEqualTo(Samples.visit());
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> strict.readEvent(text));
    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.measures", ViolationCode.UNKNOWN_PROPERTY));
  }

  @Test
  void a_foreign_property_before_the_type_is_judged_once_the_type_is_known() {
    String text = "{\"measures\":[\"not-a-measure\"],\"speaker\":5,"
        + visit.substring(1).replace("\"visitors\":", "\"kind\":\"nonsense\",\"visitors\":");
    String moved = "{\"schemaVersion\":1," + text.substring(1).replace("\"schemaVersion\":1,", "");

    assertThat(tolerant.readEvent(moved)).isEqualTo(Samples.visit());
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> strict.readEvent(moved));
    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("$.measures", ViolationCode.UNKNOWN_PROPERTY),
        tuple("$.speaker", ViolationCode.UNKNOWN_PROPERTY),
        tuple("$.kind", ViolationCode.UNKNOWN_PROPERTY));
  }

  @Test
  void a_class_name_property_is_ignored_by_the_tolerant_reader_and_rejected_by_the_strict_one() {
    String text = visit.replace("{\"schemaVersion\":1,",
        "{\"@class\":\"java.lang.ProcessBuilder\",\"@type\":\"org.statecraft.core.Statement\",\"schemaVersion\":1,");

    assertThat(tolerant.readEvent(text)).isEqualTo(Samples.visit());
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> strict.readEvent(text));
    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
        tuple("$['@class']", ViolationCode.UNKNOWN_PROPERTY),
        tuple("$['@type']", ViolationCode.UNKNOWN_PROPERTY));
  }

  @Test
  void an_unknown_enum_value_fails_in_both_modes() {
    String text = visit.replace("\"basis\":\"stated\"", "\"basis\":\"rumoured\"");

    for (StatecraftJson json : new StatecraftJson[] {tolerant, strict}) {
      StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> json.readEvent(text));
      assertThat(e.violations()).extracting(Violation::path, Violation::code)
          .containsExactly(tuple("$.provenance[0].basis", ViolationCode.UNKNOWN_VALUE));
    }
  }
}
