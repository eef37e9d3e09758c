package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statecraft.core.Dossier;
import org.statecraft.core.LanguageTag;

/**
 * The JSON Schemas of wire format version 1 (dossier and single event), checked with a real draft
 * 2020-12 validator against the golden files, and against the Java model's vocabularies.
 */
class JsonSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Definitions that are building blocks of others, not types of their own with a golden file. */
  private static final Set<String> BUILDING_BLOCKS = Set.of(
      "schemaVersion", "slug", "officialId", "organizationId", "eventId", "sourceId", "text",
      "provenanceList", "actorRefList", "names", "event");

  static List<Path> validFiles() {
    return GoldenFiles.valid();
  }

  static List<Path> invalidFiles() {
    return GoldenFiles.invalid();
  }

  static List<Path> rejectedFiles() {
    return GoldenFiles.rejected();
  }

  @Test
  void schemas_are_draft_2020_12_with_stable_ids() {
    JsonNode dossier = resource("dossier");
    JsonNode event = resource("event");

    assertThat(dossier.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(event.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(dossier.path("$id").asText()).isEqualTo(JsonSchemas.BASE + "dossier.schema.json");
    assertThat(event.path("$id").asText()).isEqualTo(JsonSchemas.BASE + "event.schema.json");
    assertThat(event.path("$ref").asText()).isEqualTo("dossier.schema.json#/$defs/event");
  }

  @Test
  void schemas_are_valid_against_the_draft_2020_12_meta_schema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(JsonSchemas.describe(meta.validate(resource("dossier")))).isEmpty();
    assertThat(JsonSchemas.describe(meta.validate(resource("event")))).isEmpty();
  }

  @Test
  void the_schema_copies_in_docs_are_identical_to_the_jar_resources() throws IOException {
    Path docs = ProjectFiles.root().resolve("docs/schema");

    assertThat(Files.readString(docs.resolve("dossier.schema.json"), StandardCharsets.UTF_8))
        .as("docs/schema/dossier.schema.json must equal the jar resource").isEqualTo(StatecraftSchemas.dossierSchema());
    assertThat(Files.readString(docs.resolve("event.schema.json"), StandardCharsets.UTF_8))
        .as("docs/schema/event.schema.json must equal the jar resource").isEqualTo(StatecraftSchemas.eventSchema());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void every_valid_golden_file_passes_its_schema(Path file) {
    assertThat(JsonSchemas.errors(GoldenFiles.schemaOf(file), GoldenFiles.tree(file))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void every_invalid_golden_file_fails_its_schema_with_the_expected_errors(Path file) {
    GoldenFiles.Expectation expected = GoldenFiles.expectation(file);

    List<String> errors = JsonSchemas.errors(expected.against(), GoldenFiles.tree(file));

    assertThat(expected.schemaErrors()).as("an invalid file must expect schema errors").isNotEmpty();
    assertThat(errors).containsExactlyElementsOf(expected.schemaErrors());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedFiles")
  void every_rejected_golden_file_passes_the_schema_because_only_readers_check_its_rule(Path file) {
    GoldenFiles.Expectation expected = GoldenFiles.expectation(file);

    assertThat(expected.hasSchemaErrors() && expected.schemaErrors().isEmpty())
        .as("a rejected file must declare \"schemaErrors\": []").isTrue();
    assertThat(JsonSchemas.errors(expected.against(), GoldenFiles.tree(file))).isEmpty();
  }

  @Test
  void what_the_writer_writes_passes_the_schema() throws IOException {
    Dossier dossier = Samples.dossier();
    StatecraftJson json = StatecraftJson.standard();

    assertThat(JsonSchemas.errors(JsonSchemas.DOSSIER, MAPPER.readTree(json.writeDossier(dossier)))).isEmpty();
    assertThat(JsonSchemas.errors(JsonSchemas.DOSSIER, MAPPER.readTree(json.writeDossierPretty(dossier)))).isEmpty();
    assertThat(dossier.events()).isNotEmpty().allSatisfy(event ->
        assertThat(JsonSchemas.errors(JsonSchemas.EVENT, MAPPER.readTree(json.writeEvent(event)))).isEmpty());
  }

  @Test
  void the_language_tag_pattern_refuses_what_the_model_refuses() {
    for (String tag : List.of("EN", "en-us", "zh-yue", "und", "i-klingon", "en_US", "")) {
      assertThat(JsonSchemas.errors("languageTag", TextNode.valueOf(tag))).as(tag).isNotEmpty();
    }
    for (String tag : List.of("en", "prs", "en-US", "zh-Hant-TW", "es-419", "de-CH-1996", "en-x-abc", "und-Latn")) {
      assertThat(JsonSchemas.errors("languageTag", TextNode.valueOf(tag))).as(tag).isEmpty();
      assertThat(LanguageTag.of(tag).tag()).isEqualTo(tag);
    }
  }

  /**
   * A differential check of the schema against the reader: every document made from a valid golden
   * file by removing one value, or by giving one value another JSON type, is accepted by the schema
   * whenever the reader accepts it; a value of another JSON type is rejected by both.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void the_schema_accepts_every_mutant_of_a_golden_file_that_the_reader_accepts(Path file) {
    JsonNode original = GoldenFiles.tree(file);
    String schema = GoldenFiles.schemaOf(file);
    List<String> pointers = new ArrayList<>();
    pointers(original, "", pointers);
    int rejectedByBoth = 0;
    for (String pointer : pointers) {
      for (boolean retype : new boolean[] {false, true}) {
        JsonNode mutant = mutate(original, pointer, retype);
        boolean schemaAccepts = JsonSchemas.errors(schema, mutant).isEmpty();
        boolean readerAccepts = Readers.accepts(file, mutant.toString());
        String what = (retype ? "retyping " : "removing ") + pointer + " of " + file.getFileName();
        if (readerAccepts) {
          assertThat(schemaAccepts).as("the reader accepts, so the schema must accept: %s", what).isTrue();
        }
        if (retype) {
          assertThat(schemaAccepts).as("the schema rejects %s", what).isFalse();
          assertThat(readerAccepts).as("the reader rejects %s", what).isFalse();
        }
        rejectedByBoth += !schemaAccepts && !readerAccepts ? 1 : 0;
      }
    }
    assertThat(rejectedByBoth).isGreaterThanOrEqualTo(pointers.size());
  }

  @Test
  void every_invalid_or_rejected_file_has_an_expectation_and_every_expectation_a_file() {
    Set<Path> documents = new HashSet<>(GoldenFiles.invalid());
    documents.addAll(GoldenFiles.rejected());
    Set<Path> expectations = GoldenFiles.all().stream().filter(GoldenFiles::isExpectation).collect(Collectors.toSet());

    assertThat(documents).isNotEmpty();
    assertThat(documents).allSatisfy(d -> assertThat(expectations).contains(GoldenFiles.expectationFile(d)));
    assertThat(expectations).allSatisfy(e -> assertThat(documents.stream().map(GoldenFiles::expectationFile)).contains(e));
    assertThat(documents).allSatisfy(d -> {
      GoldenFiles.Expectation x = GoldenFiles.expectation(d);
      assertThat(x.against()).isIn(JsonSchemas.DOSSIER, JsonSchemas.EVENT);
      assertThat(x.violations()).as("violations expected of %s", d.getFileName()).isNotEmpty();
    });
  }

  @Test
  void the_golden_folder_holds_a_valid_example_of_every_type() {
    Set<String> types = GoldenFiles.valid().stream().map(GoldenFiles::typeOf).collect(Collectors.toSet());
    Set<String> expected = new TreeSet<>(List.of("dossier", "visit", "statement", "sanction", "designation-change"));
    resource("dossier").path("$defs").fieldNames().forEachRemaining(def -> {
      boolean isEnum = resource("dossier").path("$defs").path(def).has("enum");
      boolean isEventPart = List.of("visit", "statement", "sanction", "designationChange").contains(def);
      if (!isEnum && !isEventPart && !BUILDING_BLOCKS.contains(def)) {
        expected.add(GoldenFiles.kebabCase(def));
      }
    });

    assertThat(types).containsAll(expected);
    assertThat(expected).contains("official", "organization", "partial-date", "date-interval", "actor-ref", "place");
  }

  @Test
  void every_enumeration_in_the_schema_equals_what_the_module_writes_for_its_java_enum() throws Exception {
    ObjectMapper module = StatecraftJson.standard().newObjectMapper();
    JsonNode defs = resource("dossier").path("$defs");
    List<String> enumDefs = new ArrayList<>();
    for (Iterator<String> it = defs.fieldNames(); it.hasNext(); ) {
      String def = it.next();
      if (defs.path(def).has("enum")) {
        enumDefs.add(def);
        Class<?> javaEnum = Class.forName("org.statecraft.core." + Character.toUpperCase(def.charAt(0)) + def.substring(1));
        List<String> written = new ArrayList<>();
        for (Object constant : javaEnum.getEnumConstants()) {
          String wire = module.readTree(module.writeValueAsString(constant)).asText();
          written.add(wire);
          assertThat(wire).as("wire form of %s", constant)
              .isEqualTo(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
          assertThat(module.readValue(module.writeValueAsString(constant), javaEnum)).isSameAs(constant);
        }
        List<String> inSchema = new ArrayList<>();
        defs.path(def).path("enum").forEach(v -> inSchema.add(v.asText()));

        assertThat(inSchema).as("$defs/%s against %s", def, javaEnum.getName()).containsExactlyElementsOf(written);
      }
    }
    assertThat(enumDefs).containsExactlyInAnyOrder("nameKind", "basis", "organizationKind", "positionStatus",
        "eventType", "statementKind", "sanctionMeasure", "sanctionStatus", "designationAction", "designationStage");
  }

  @Test
  void every_enumeration_value_appears_in_the_valid_golden_documents() {
    Map<String, Set<String>> used = new HashMap<>();
    for (Path file : GoldenFiles.valid()) {
      String schema = GoldenFiles.schemaOf(file);
      if (schema.equals(JsonSchemas.DOSSIER)) {
        collect(GoldenFiles.tree(file), "", "", used);
      } else if (schema.equals(JsonSchemas.EVENT)) {
        collect(GoldenFiles.tree(file), "", "events", used);
      }
    }
    Map<String, String> enumAt = Map.of(
        "names.kind", "nameKind", "organizations.kind", "organizationKind", "positions.status", "positionStatus",
        "provenance.basis", "basis", "events.type", "eventType", "events.kind", "statementKind",
        "events.measures", "sanctionMeasure", "events.status", "sanctionStatus", "events.action", "designationAction",
        "stages.stage", "designationStage");
    JsonNode defs = resource("dossier").path("$defs");
    enumAt.forEach((where, def) -> {
      Set<String> values = new LinkedHashSet<>();
      defs.path(def).path("enum").forEach(v -> values.add(v.asText()));
      assertThat(used.getOrDefault(where, Set.of())).as("values of $defs/%s used at %s", def, where).containsAll(values);
    });
  }

  /** Collects the JSON Pointer of every value below the root. */
  private static void pointers(JsonNode node, String at, List<String> into) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
        into.add(pointer);
        pointers(node.path(name), pointer, into);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        into.add(at + "/" + i);
        pointers(node.get(i), at + "/" + i, into);
      }
    }
  }

  /** A copy of the tree with the value at the pointer removed, or replaced by a value of another JSON type. */
  private static JsonNode mutate(JsonNode original, String pointer, boolean retype) {
    JsonNode copy = original.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    String last = at.last().getMatchingProperty();
    JsonNode value = copy.at(at);
    if (parent.isObject()) {
      if (retype) {
        ((ObjectNode) parent).set(last, otherType(value));
      } else {
        ((ObjectNode) parent).remove(last);
      }
    } else {
      int index = at.last().getMatchingIndex();
      if (retype) {
        ((ArrayNode) parent).set(index, otherType(value));
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
    return copy;
  }

  private static JsonNode otherType(JsonNode value) {
    if (value.isTextual()) {
      return IntNode.valueOf(7);
    }
    if (value.isNumber()) {
      return TextNode.valueOf(value.asText());
    }
    if (value.isArray()) {
      return MAPPER.createObjectNode();
    }
    return MAPPER.createArrayNode().add(value.deepCopy());
  }

  /** Records each string value under "parent.property", ignoring array indices. */
  private static void collect(JsonNode node, String parent, String property, Map<String, Set<String>> used) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> collect(f.getValue(), property, f.getKey(), used));
    } else if (node.isArray()) {
      node.forEach(e -> collect(e, parent, property, used));
    } else if (node.isTextual()) {
      used.computeIfAbsent(parent + "." + property, k -> new HashSet<>()).add(node.asText());
    }
  }

  /** The schema {@code dossier} or {@code event} as shipped in the jar. */
  static JsonNode resource(String name) {
    try {
      return MAPPER.readTree(name.equals(JsonSchemas.DOSSIER) ? StatecraftSchemas.dossierSchema() : StatecraftSchemas.eventSchema());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
