package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.Event;
import org.statecraft.core.Official;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/** What the reader accepts beyond the canonical form, and how it fills in defaults. */
class WireReaderTest {

  private final StatecraftJson json = StatecraftJson.standard();

  @Test
  void reads_properties_in_any_order_with_the_type_last() {
    String text = "{\"provenance\":[{\"basis\":\"stated\",\"source\":\"kabul-visit-report\",\"paragraph\":3}],"
        + "\"status\":\"in-force\",\"measures\":[\"asset-freeze\",\"travel-ban\"],\"targets\":[{\"organization\":\"taliban\"}],"
        + "\"authority\":\"united-states\",\"when\":\"../2024-11-25\",\"id\":\"us-sanctions-on-taliban\","
        + "\"legalBasis\":\"Executive Order 13224\",\"program\":\"Taliban-related sanctions\","
        + "\"type\":\"sanction\",\"schemaVersion\":1}";

    assertThat(json.readEvent(text)).isEqualTo(Samples.sanction());
  }

  @Test
  void treats_null_and_empty_lists_as_absent() {
    String canonical = json.writeEvent(Samples.answer());
    String withNulls = canonical.replace("\"kind\":", "\"place\":null,\"addressees\":[],\"subjects\":null,\"kind\":");

    Event read = json.readEvent(withNulls);

    assertThat(read).isEqualTo(Samples.answer());
    assertThat(json.writeEvent(read)).isEqualTo(canonical);
  }

  @Test
  void a_designation_change_without_when_takes_the_date_of_its_last_dated_stage() {
    String text = json.writeEvent(Samples.delisting()).replace("\"when\":\"2024-11-25\",\"authority\"", "\"authority\"");

    DesignationChange read = (DesignationChange) json.readEvent(text);

    assertThat(text).doesNotContain("\"when\":\"2024-11-25\",\"authority\"");
    assertThat(read.when()).isEqualTo(DateInterval.on(PartialDate.ofDay(2024, 11, 25)));
    assertThat(read).isEqualTo(Samples.delisting());
  }

  @Test
  void a_position_without_term_has_the_unbounded_term_and_writes_it() {
    String text = "{\"schemaVersion\":1,\"source\":{\"id\":\"s\",\"title\":\"T\"},"
        + "\"officials\":[{\"id\":\"o\",\"names\":[{\"text\":\"O\",\"kind\":\"primary\"}],"
        + "\"positions\":[{\"title\":\"Minister\",\"organization\":\"g\",\"status\":\"former\"}]}],"
        + "\"organizations\":[{\"id\":\"g\",\"names\":[{\"text\":\"G\",\"kind\":\"primary\"}],\"kind\":\"government\"}]}";

    Official official = json.readDossier(text).officials().get(0);

    assertThat(official.positions().get(0).term().isUnbounded()).isTrue();
    assertThat(json.writeDossier(json.readDossier(text))).contains("\"term\":\"../..\"");
  }

  @Test
  void reads_a_single_date_written_as_an_interval_and_writes_it_back_as_a_date() {
    String text = json.writeEvent(Samples.visit()).replace("\"when\":\"2024-11-25\"", "\"when\":\"2024-11-25/2024-11-25\"");

    Visit read = (Visit) json.readEvent(text);

    assertThat(read).isEqualTo(Samples.visit());
    assertThat(json.writeEvent(read)).contains("\"when\":\"2024-11-25\"");
  }

  @Test
  void reads_each_actor_shape() {
    Statement read = (Statement) json.readEvent(json.writeEvent(Samples.request()));
    Visit visit = (Visit) json.readEvent(json.writeEvent(Samples.visit()));

    assertThat(read.speaker()).isEqualTo(UnnamedGroup.of("Taliban officials", Samples.TALIBAN));
    assertThat(read.addressees()).containsExactly(Samples.RUSSIA);
    assertThat(visit.visitors()).containsExactly(Samples.SHOIGU);
  }

  @Test
  void accepts_the_schema_version_on_an_event_inside_a_dossier() {
    String text = json.writeDossier(Samples.dossier()).replace("{\"type\":\"visit\"", "{\"schemaVersion\":1,\"type\":\"visit\"");

    assertThat(json.readDossier(text)).isEqualTo(Samples.dossier());
  }

  @Test
  void reads_integers_given_as_coordinates() {
    String text = json.writeEvent(Samples.visit()).replace("69.2075", "69");

    Visit read = (Visit) json.readEvent(text);

    assertThat(read.place().orElseThrow().coordinates().orElseThrow().longitude()).isEqualTo(69.0);
  }

  @Test
  void reads_a_sanction_event_as_the_event_family() {
    Event read = json.readEvent(json.writeEvent(Samples.sanction()));

    assertThat(read).isInstanceOf(Sanction.class).isEqualTo(Samples.sanction());
  }
}
