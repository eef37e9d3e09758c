package org.statecraft.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Statecraft JSON Schemas, as {@link StatecraftSchemas} loads them from the jar, in a real
 * draft 2020-12 validator (networknt json-schema-validator). The schemas are registered under their
 * {@code $id}s, so nothing is fetched from the network and the relative reference from the event
 * schema to the dossier schema resolves.
 */
final class JsonSchemas {

  static final String BASE = "https://statecraft.org/schema/v1/";
  static final String DOSSIER = "dossier";
  static final String EVENT = "event";
  static final String DEFS = "$defs/";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemas(Map.of(
              BASE + "dossier.schema.json", StatecraftSchemas.dossierSchema(),
              BASE + "event.schema.json", StatecraftSchemas.eventSchema()))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));

  private JsonSchemas() {}

  /**
   * Returns the schema to validate against: {@code dossier} or {@code event} for the two document
   * schemas, or a definition in the dossier schema's {@code $defs}, named as {@code place} or
   * {@code $defs/place} ({@code $defs/event} is an event inside a dossier, without schemaVersion).
   */
  static Schema schema(String name) {
    if (DOSSIER.equals(name) || EVENT.equals(name)) {
      return REGISTRY.getSchema(SchemaLocation.of(BASE + name + ".schema.json"));
    }
    String def = name.startsWith(DEFS) ? name.substring(DEFS.length()) : name;
    return REGISTRY.getSchema(SchemaLocation.of(BASE + "dossier.schema.json#/$defs/" + def));
  }

  /**
   * Validates and returns each error as {@code keyword at location}, sorted. The location is a
   * JSON path as the reader writes it ({@code $.events[0].type}); for {@code required} it names
   * the missing property ({@code required at $.events[0].place}), as the reader does.
   */
  static List<String> errors(String schemaName, JsonNode instance) {
    return describe(schema(schemaName).validate(instance));
  }

  static List<String> describe(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getKeyword() + " at " + location(e))
        .sorted()
        .collect(Collectors.toList());
  }

  private static String location(Error error) {
    String at = error.getInstanceLocation().toString();
    if (("required".equals(error.getKeyword()) || "dependentRequired".equals(error.getKeyword()))
        && error.getProperty() != null) {
      return at + "." + error.getProperty();
    }
    return at;
  }
}
