package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.EventId;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Place;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/** The canonical form the writer produces, byte for byte. */
class WireWriterTest {

  private final StatecraftJson json = StatecraftJson.standard();

  @Test
  void writes_a_visit_in_the_documented_property_order_with_every_optional_value() {
    assertThat(json.writeEvent(Samples.visit())).isEqualTo("{\"schemaVersion\":1,\"type\":\"visit\","
        + "\"id\":\"shoigu-visits-kabul\",\"when\":\"2024-11-25\","
        + "\"place\":{\"name\":\"Kabul\",\"country\":\"AF\",\"coordinates\":{\"latitude\":34.5553,\"longitude\":69.2075},"
        + "\"gazetteerId\":{\"scheme\":\"geonames\",\"value\":\"1138958\"}},"
        + "\"visitors\":[{\"official\":\"sergei-shoigu\"}],"
        + "\"hosts\":[{\"group\":\"Taliban leaders\",\"affiliation\":\"taliban\"}],"
        + "\"purpose\":\"Talks on peace with Taliban leaders\",\"topics\":[\"peace\",\"regional stability\"],"
        + "\"provenance\":[{\"source\":\"kabul-visit-report\",\"paragraph\":2,\"basis\":\"stated\"}]}");
  }

  @Test
  void omits_absent_values_and_empty_lists() {
    Visit minimal = Visit.builder()
        .id(EventId.of("v"))
        .when(DateInterval.on(PartialDate.ofYear(2024)))
        .place(Place.of("Kabul", CountryCode.of("AF")))
        .addVisitor(Samples.SHOIGU)
        .addProvenance(Provenance.stated(Samples.REPORT, 1))
        .build();

    assertThat(json.writeEvent(minimal)).isEqualTo("{\"schemaVersion\":1,\"type\":\"visit\",\"id\":\"v\","
        + "\"when\":\"2024\",\"place\":{\"name\":\"Kabul\",\"country\":\"AF\"},"
        + "\"visitors\":[{\"official\":\"sergei-shoigu\"}],"
        + "\"provenance\":[{\"source\":\"kabul-visit-report\",\"paragraph\":1,\"basis\":\"stated\"}]}")
        .doesNotContain("null").doesNotContain("[]");
  }

  @Test
  void writes_enums_as_lower_case_kebab_strings_and_open_intervals_in_iso_form() {
    String text = json.writeEvent(Samples.sanction());

    assertThat(text).contains("\"type\":\"sanction\"", "\"when\":\"../2024-11-25\"",
        "\"measures\":[\"asset-freeze\",\"travel-ban\"]", "\"status\":\"in-force\"",
        "\"authority\":\"united-states\"", "\"targets\":[{\"organization\":\"taliban\"}]");
    assertThat(json.writeEvent(Samples.delisting())).contains("\"type\":\"designation-change\"",
        "\"stage\":\"proposed\",\"when\":\"../2024-11~\"", "\"action\":\"delisting\"");
  }

  @Test
  void writes_partial_dates_at_their_true_precision() {
    Sanction s = Sanction.builder().from(Samples.sanction())
        .when(DateInterval.of(PartialDate.ofMonth(2021, 8), PartialDate.ofYear(2024).approximately()))
        .build();

    assertThat(json.writeEvent(s)).contains("\"when\":\"2021-08/2024~\"");
  }

  @Test
  void writes_non_ascii_text_as_utf8_and_escapes_only_what_json_requires() {
    Statement s = Statement.builder().from(Samples.answer())
        .speaker(UnnamedGroup.of("Шойгу \"quoted\" back\\slash"))
        .summary("line one\nline two\ttab / slash \u0001")
        .build();

    byte[] bytes = json.writeEventAsBytes(s);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(text).contains("{\"group\":\"Шойгу \\\"quoted\\\" back\\\\slash\"}",
        "\"summary\":\"line one\\nline two\\ttab / slash \\u0001\"");
    assertThat(bytes).containsSequence("Шойгу".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writes_no_schema_version_on_events_inside_a_dossier() {
    String text = json.writeDossier(Samples.dossier());

    assertThat(text).startsWith("{\"schemaVersion\":1,\"source\":{");
    assertThat(text.split("schemaVersion", -1)).hasSize(2);
  }

  @Test
  void the_same_value_always_gives_the_same_bytes() {
    byte[] first = json.writeDossierAsBytes(Samples.dossier());

    assertThat(json.writeDossierAsBytes(Samples.dossier())).isEqualTo(first);
    assertThat(StatecraftJson.strict().writeDossierAsBytes(Samples.dossier())).isEqualTo(first);
    assertThat(json.writeDossier(Samples.dossier()).getBytes(StandardCharsets.UTF_8)).isEqualTo(first);
  }

  @Test
  void writes_a_statement_kind_and_its_references() {
    Statement s = Statement.builder().from(Samples.answer()).kind(StatementKind.CALL).build();

    assertThat(json.writeEvent(s)).contains("\"speaker\":{\"official\":\"sergei-shoigu\"},\"kind\":\"call\"",
        "\"occasion\":\"shoigu-visits-kabul\",\"respondsTo\":\"taliban-ask-support\",\"provenance\"");
  }

  @Test
  void writes_a_lifted_sanction_with_its_end() {
    Sanction lifted = Sanction.builder().from(Samples.sanction())
        .when(DateInterval.of(PartialDate.ofYear(2001), PartialDate.ofDay(2024, 11, 25)))
        .status(SanctionStatus.LIFTED)
        .measures(java.util.List.of(SanctionMeasure.ARMS_EMBARGO))
        .build();

    assertThat(json.writeEvent(lifted)).contains("\"when\":\"2001/2024-11-25\"", "\"measures\":[\"arms-embargo\"]",
        "\"status\":\"lifted\"");
  }
}
