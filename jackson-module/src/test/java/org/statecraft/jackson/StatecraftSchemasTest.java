package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StatecraftSchemasTest {

  private final ObjectMapper trees = new ObjectMapper();

  @Test
  void loads_the_dossier_and_event_schemas_from_the_jar() throws Exception {
    JsonNode dossier = trees.readTree(StatecraftSchemas.dossierSchema());
    JsonNode event = trees.readTree(StatecraftSchemas.eventSchema());

    assertThat(dossier.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(event.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(dossier.path("$id").asText()).endsWith("/v1/dossier.schema.json");
    assertThat(event.path("$id").asText()).endsWith("/v1/event.schema.json");
  }

  @Test
  void returns_the_same_text_every_time() {
    assertThat(StatecraftSchemas.dossierSchema()).isSameAs(StatecraftSchemas.dossierSchema());
    assertThat(StatecraftSchemas.SCHEMA_VERSION).isEqualTo(1);
  }
}
