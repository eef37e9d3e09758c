package org.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Event;
import org.statecraft.jackson.StatecraftJson;

/** The Kabul fixture validates against the published JSON Schemas, as a dossier and event by event. */
class KabulJsonSchemaTest {

  private static final String BASE = "https://statecraft.org/schema/v1/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:org/statecraft/jackson/schema/v1/")));

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void json_fixture_validates_against_the_dossier_schema() throws Exception {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + "dossier.schema.json"));
    List<Error> errors = schema.validate(mapper.readTree(KabulFixtures.json()));
    assertThat(errors).isEmpty();
  }

  @Test
  void every_event_written_alone_validates_against_the_event_schema() throws Exception {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + "event.schema.json"));
    StatecraftJson json = StatecraftJson.standard();
    for (Event event : KabulFixtures.dossier().events()) {
      JsonNode node = mapper.readTree(json.writeEvent(event));
      assertThat(schema.validate(node)).as(event.id().value()).isEmpty();
    }
  }

  @Test
  void the_schema_rejects_a_broken_copy_of_the_fixture() throws Exception {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + "dossier.schema.json"));
    String broken = KabulFixtures.json().replace("\"asset-freeze\"", "\"asset-thaw\"");
    assertThat(broken).isNotEqualTo(KabulFixtures.json());
    assertThat(schema.validate(mapper.readTree(broken))).isNotEmpty();
  }
}
