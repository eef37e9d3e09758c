package org.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.statecraft.jackson.StatecraftSchemas;

class SchemaCommandTest {

  @Test
  void prints_the_dossier_schema_as_valid_json() throws Exception {
    Run run = Run.of("schema");
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out);
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(run.out.strip()).isEqualTo(StatecraftSchemas.dossierSchema().strip());
    assertThat(run.out).endsWith("\n");
  }

  @Test
  void prints_the_event_schema_with_event_option() throws Exception {
    Run run = Run.of("schema", "--event");
    assertThat(run.code).as(run.toString()).isZero();
    new ObjectMapper().readTree(run.out);
    assertThat(run.out.strip()).isEqualTo(StatecraftSchemas.eventSchema().strip());
  }
}
