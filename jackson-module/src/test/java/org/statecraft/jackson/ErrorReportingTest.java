package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.statecraft.core.ValidationException;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/** Every failure of the input is one StatecraftJsonException with JSON paths and codes. */
class ErrorReportingTest {

  private final StatecraftJson json = StatecraftJson.standard();
  private final String dossier = json.writeDossier(Samples.dossier());
  private final String visit = json.writeEvent(Samples.visit());

  private static StatecraftJsonException failure(ThrowingCallable read) {
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, read);
    assertThat(e).as("expected a StatecraftJsonException").isNotNull();
    assertThat(e.violations()).isNotEmpty();
    return e;
  }

  private StatecraftJsonException dossierFailure(String text) {
    return failure(() -> json.readDossier(text));
  }

  @Test
  void an_unknown_measure_is_reported_at_its_path_with_the_known_values() {
    String text = dossier.replace("\"asset-freeze\"", "\"asset-seizure\"");

    StatecraftJsonException e = dossierFailure(text);

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.events[3].measures[0]");
      assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_VALUE);
      assertThat(v.message()).contains("'asset-seizure'", "asset-freeze", "travel-ban", "diplomatic-restriction");
    });
  }

  @Test
  void an_unknown_event_type_lists_the_known_types() {
    StatecraftJsonException e = dossierFailure(dossier.replace("\"type\":\"sanction\"", "\"type\":\"meeting\""));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.events[3].type");
      assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_VALUE);
      assertThat(v.message()).contains("'meeting'", "visit, statement, sanction, designation-change");
    });
  }

  @Test
  void a_class_name_as_type_is_an_unknown_type() {
    StatecraftJsonException e = failure(() -> json.readEvent(
        visit.replace("\"type\":\"visit\"", "\"type\":\"org.statecraft.core.Visit\"")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.type", ViolationCode.UNKNOWN_VALUE));
  }

  @Test
  void a_missing_type_is_required() {
    StatecraftJsonException e = failure(() -> json.readEvent(visit.replace("\"type\":\"visit\",", "")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.type", ViolationCode.REQUIRED));
  }

  @Test
  void model_validation_of_an_event_is_mapped_to_json_paths() {
    String text = visit.replace("\"hosts\":[{\"group\":\"Taliban leaders\",\"affiliation\":\"taliban\"}]",
        "\"hosts\":[{\"official\":\"sergei-shoigu\"}]").replace("\"topics\":[\"peace\",\"regional stability\"]",
        "\"topics\":[\"peace\",\"peace\"]");

    StatecraftJsonException e = failure(() -> json.readEvent(text));

    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("$.hosts[0]", ViolationCode.INCONSISTENT),
        tuple("$.topics[1]", ViolationCode.DUPLICATE));
    assertThat(e.getCause()).isInstanceOf(ValidationException.class);
  }

  @Test
  void dossier_integrity_violations_are_mapped_to_json_paths() {
    String text = dossier.replace("\"visitors\":[{\"official\":\"sergei-shoigu\"}]",
        "\"visitors\":[{\"official\":\"nobody-known\"}]").replace("\"respondsTo\":\"taliban-ask-support\"",
        "\"respondsTo\":\"shoigu-visits-kabul\"");

    StatecraftJsonException e = dossierFailure(text);

    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("$.events[0].visitors[0]", ViolationCode.DANGLING_REFERENCE),
        tuple("$.events[2].respondsTo", ViolationCode.WRONG_KIND_REFERENCE));
  }

  @Test
  void collects_the_violations_of_every_event_before_failing() {
    String text = dossier
        .replace("\"id\":\"shoigu-visits-kabul\"", "\"id\":\"Shoigu Visits\"")
        .replace("\"kind\":\"request\"", "\"kind\":\"plea\"")
        .replace("\"status\":\"in-force\"", "\"status\":1")
        .replace("\"listName\":\"list of organizations banned in Russia\"", "\"listName\":\" \"");

    StatecraftJsonException e = dossierFailure(text);

    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
        tuple("$.events[0].id", ViolationCode.INVALID_FORMAT),
        tuple("$.events[1].kind", ViolationCode.UNKNOWN_VALUE),
        tuple("$.events[3].status", ViolationCode.INVALID_FORMAT),
        tuple("$.events[5].listName", ViolationCode.BLANK));
    assertThat(e.getMessage()).contains("4 violations", "$.events[0].id", "$.events[5].listName");
  }

  @Test
  void a_nested_failure_and_a_sibling_model_rule_are_both_reported() {
    String text = visit.replace("\"country\":\"AF\"", "\"country\":\"af\"")
        .replace("\"topics\":[\"peace\",\"regional stability\"]", "\"topics\":[\"peace\",\"peace\"]");

    StatecraftJsonException e = failure(() -> json.readEvent(text));

    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("$.place.country", ViolationCode.INVALID_FORMAT),
        tuple("$.topics[1]", ViolationCode.DUPLICATE));
  }

  @Test
  void a_missing_required_property_is_reported_even_beside_another_failure() {
    String text = visit.replace("\"id\":\"shoigu-visits-kabul\",", "").replace("\"when\":\"2024-11-25\"", "\"when\":\"2024-11-31\"");

    StatecraftJsonException e = failure(() -> json.readEvent(text));

    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("$.when", ViolationCode.OUT_OF_RANGE),
        tuple("$.id", ViolationCode.REQUIRED));
  }

  @Test
  void wrong_json_types_are_invalid_format_naming_what_was_expected() {
    StatecraftJsonException e = failure(() -> json.readEvent(visit
        .replace("\"visitors\":[{\"official\":\"sergei-shoigu\"}]", "\"visitors\":{\"official\":\"sergei-shoigu\"}")
        .replace("\"paragraph\":2", "\"paragraph\":\"2\"")
        .replace("\"purpose\":\"Talks on peace with Taliban leaders\"", "\"purpose\":true")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
        tuple("$.visitors", ViolationCode.INVALID_FORMAT, "must be an array, was an object"),
        tuple("$.purpose", ViolationCode.INVALID_FORMAT, "must be a string, was a boolean"),
        tuple("$.provenance[0].paragraph", ViolationCode.INVALID_FORMAT, "must be an integer, was a string"));
  }

  @Test
  void a_fraction_or_a_huge_number_is_not_a_paragraph() {
    assertThat(failure(() -> json.readEvent(visit.replace("\"paragraph\":2", "\"paragraph\":2.0"))).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.provenance[0].paragraph", ViolationCode.INVALID_FORMAT));
    assertThat(failure(() -> json.readEvent(visit.replace("\"paragraph\":2", "\"paragraph\":99999999999"))).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.provenance[0].paragraph", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void a_null_list_element_is_required() {
    StatecraftJsonException e = failure(() -> json.readEvent(
        visit.replace("\"topics\":[\"peace\",", "\"topics\":[null,")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.topics[0]", ViolationCode.REQUIRED));
  }

  @Test
  void a_missing_schema_version_is_required_and_another_version_is_unsupported() {
    assertThat(dossierFailure(dossier.replace("\"schemaVersion\":1,", "")).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.schemaVersion", ViolationCode.REQUIRED));
    assertThat(failure(() -> json.readEvent(visit.replace("\"schemaVersion\":1,", ""))).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.schemaVersion", ViolationCode.REQUIRED));

    StatecraftJsonException e = dossierFailure(dossier.replace("\"schemaVersion\":1", "\"schemaVersion\":2")
        .replace("\"asset-freeze\"", "\"asset-seizure\""));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.schemaVersion");
      assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_VALUE);
      assertThat(v.message()).isEqualTo("unsupported schemaVersion 2; this reader supports 1");
    });
  }

  @Test
  void the_document_must_be_an_object() {
    assertThat(dossierFailure("[]").violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$", ViolationCode.MALFORMED));
    assertThat(dossierFailure("").violations()).extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("$", ViolationCode.MALFORMED, "the document is empty"));
    assertThat(dossierFailure("\"dossier\"").violations()).extracting(Violation::code)
        .containsExactly(ViolationCode.MALFORMED);
  }

  @Test
  void a_syntax_error_stops_reading_with_its_path_and_position() {
    String broken = dossier.replace("\"measures\":[\"asset-freeze\",", "\"measures\":[\"asset-freeze\" ");

    StatecraftJsonException e = dossierFailure(broken);

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED);
      // The comma is missing where the second element would start.
      assertThat(v.path()).isEqualTo("$.events[3].measures[1]");
      assertThat(v.message()).contains("line 1, column");
    });
    assertThat(e.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
  }

  @Test
  void a_truncated_document_is_malformed() {
    StatecraftJsonException e = dossierFailure(dossier.substring(0, dossier.length() / 2));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.MALFORMED);
  }

  @Test
  void content_after_the_document_is_malformed() {
    assertThat(dossierFailure(dossier + " {}").violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$", ViolationCode.MALFORMED));
    assertThat(failure(() -> json.readEvent(visit + "x")).violations()).extracting(Violation::code)
        .containsExactly(ViolationCode.MALFORMED);
  }

  @Test
  void an_actor_with_two_shapes_or_none_is_reported_at_the_actor() {
    StatecraftJsonException e = failure(() -> json.readEvent(visit
        .replace("{\"official\":\"sergei-shoigu\"}", "{\"official\":\"sergei-shoigu\",\"organization\":\"russia\"}")
        .replace("{\"group\":\"Taliban leaders\",\"affiliation\":\"taliban\"}", "{}")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
        tuple("$.visitors[0]", ViolationCode.INCONSISTENT),
        tuple("$.hosts[0]", ViolationCode.REQUIRED));
  }

  @Test
  void a_blank_group_is_reported_at_group() {
    StatecraftJsonException e = failure(() -> json.readEvent(visit.replace("\"group\":\"Taliban leaders\"", "\"group\":\"\"")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.hosts[0].group", ViolationCode.BLANK));
  }

  @Test
  void an_interval_bound_problem_is_reported_at_the_interval_naming_the_bound() {
    StatecraftJsonException e = failure(() -> json.readEvent(visit.replace("\"when\":\"2024-11-25\"", "\"when\":\"2024-11-25/2024-11-24\"")));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.when");
      assertThat(v.code()).isEqualTo(ViolationCode.END_BEFORE_START);
      assertThat(v.message()).startsWith("end: ");
    });
  }

  @Test
  void a_repeated_invalid_value_is_reported_at_every_occurrence() {
    String text = dossier.replace("\"source\":\"kabul-visit-report\"", "\"source\":\"Kabul Report\"");

    StatecraftJsonException e = dossierFailure(text);

    assertThat(e.violations()).hasSizeGreaterThan(10)
        .allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.INVALID_FORMAT))
        .extracting(Violation::path).contains("$.officials[0].provenance[0].source", "$.events[5].provenance[0].source")
        .doesNotHaveDuplicates();
  }

  @Test
  void odd_property_names_are_quoted_in_paths() {
    StatecraftJsonException e = failure(() -> StatecraftJson.strict().readEvent(visit.replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"we'ird key\":0,")));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("$['we\\'ird key']");
  }
}
