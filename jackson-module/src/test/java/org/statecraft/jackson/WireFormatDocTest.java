package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statecraft.core.PartialDate;

/**
 * Keeps {@code docs/wire-format.md}, the JSON Schemas and the code from drifting apart: every JSON
 * example in the document validates against the schema and reads with the module back to the same
 * JSON, every property table names exactly the schema's properties with the same order, JSON types,
 * required-ness and enumeration values, and the date examples are accepted or rejected as the
 * document says, with the codes it gives.
 */
class WireFormatDocTest {

  private static final Pattern JSON_STRING = Pattern.compile("`(\"[^`\"]*\")`");
  private static final JsonNode DOSSIER_SCHEMA = JsonSchemaTest.resource("dossier");
  private static final JsonNode EVENT_SCHEMA = JsonSchemaTest.resource("event");
  private static final JsonNode DEFS = DOSSIER_SCHEMA.path("$defs");
  private static final StatecraftJson STANDARD = StatecraftJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();

  static List<WireFormatDoc.Example> examples() {
    return WireFormatDoc.examples();
  }

  static List<WireFormatDoc.Table> tables() {
    return WireFormatDoc.tables();
  }

  @Test
  void the_document_has_examples_and_tables_to_compare() {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(tables()).hasSizeGreaterThanOrEqualTo(16);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_json_example_validates_against_the_schema(WireFormatDoc.Example example) {
    assertThat(JsonSchemas.errors(WireFormatDoc.schemaOf(example), example.tree())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_json_example_reads_with_the_module_and_writes_back_the_same_json(WireFormatDoc.Example example)
      throws Exception {
    String schema = WireFormatDoc.schemaOf(example);
    JsonNode tree = example.tree();
    JsonNode written;
    if (schema.equals(JsonSchemas.DOSSIER)) {
      written = TREES.readTree(STANDARD.writeDossier(STANDARD.readDossier(example.json())));
    } else if (schema.equals(JsonSchemas.EVENT) || schema.equals(JsonSchemas.DEFS + "event")) {
      if (!tree.has("schemaVersion")) {
        // an event as shown inside a dossier: read it as a single event, which carries its version
        ObjectNode single = TREES.createObjectNode().put("schemaVersion", StatecraftSchemas.SCHEMA_VERSION);
        single.setAll((ObjectNode) tree);
        tree = single;
      }
      written = TREES.readTree(STANDARD.writeEvent(STANDARD.readEvent(TREES.writeValueAsString(tree))));
    } else {
      Class<?> type = modelType(schema);
      ObjectMapper module = STANDARD.newObjectMapper();
      written = TREES.readTree(module.writerFor(type).writeValueAsString(module.readValue(example.json(), type)));
    }

    assertThat(written).isEqualTo(tree);
  }

  @Test
  void the_partial_date_examples_read_and_the_rejected_ones_fail_with_the_documented_codes() throws Exception {
    List<String> section = section("PartialDate");
    ObjectMapper module = STANDARD.newObjectMapper();
    for (String date : jsonStrings(line(section, "Examples:"))) {
      assertThat(module.readValue(TREES.writeValueAsString(date), PartialDate.class)).hasToString(date);
    }
    int checked = 0;
    for (String group : line(section, "Rejected:").split(";")) {
      List<String> codes = WireFormatDoc.backticked(group.replaceAll("`\"[^`]*\"`", ""));
      assertThat(codes).as("the code of the group %s", group).hasSize(1);
      for (String date : jsonStrings(group)) {
        WireMismatchException e = catchThrowableOfType(WireMismatchException.class,
            () -> module.readValue(TREES.writeValueAsString(date), PartialDate.class));
        assertThat(e).as("reading %s", date).isNotNull();
        assertThat(e.violations()).extracting(v -> v.code().code()).as("reading %s", date).containsExactly(codes.get(0));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
  }

  @Test
  void the_example_error_message_is_what_the_reader_reports() {
    String text = String.join(" ", WireFormatDoc.lines());
    Matcher m = Pattern.compile("Example message of one violation: `([^`]+)`").matcher(text);
    assertThat(m.find()).as("wire-format.md shows an example message").isTrue();
    String dossier = "{\"schemaVersion\":1,\"source\":{\"id\":\"kabul-visit-report\",\"title\":\"A report\"},"
        + "\"events\":[{\"type\":\"meeting\",\"id\":\"a-meeting\",\"when\":\"2024-11-25\","
        + "\"provenance\":[{\"source\":\"kabul-visit-report\",\"basis\":\"stated\"}]}]}";

    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> STANDARD.readDossier(dossier));

    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(1);
    assertThat(e.getMessage()).contains(m.group(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void every_property_table_names_the_schema_properties_in_the_same_order(WireFormatDoc.Table table) {
    List<String> documented = table.rows().stream().map(WireFormatDoc.Row::property).collect(Collectors.toList());
    List<String> inSchema = new ArrayList<>();
    properties(table).fieldNames().forEachRemaining(inSchema::add);
    String target = WireFormatDoc.definitionOf(table.owner());
    if (target.equals(JsonSchemas.DEFS + "event")) {
      // an event's schemaVersion is documented with the single event (section 2.2), not in section 5
      inSchema.remove("schemaVersion");
    }

    if (table.complete()) {
      assertThat(inSchema).as("properties of %s", target).containsExactlyElementsOf(documented);
    } else {
      assertThat(inSchema).as("properties of %s", target).containsSubsequence(documented);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void every_property_table_gives_the_schema_json_types_and_required_properties(WireFormatDoc.Table table) {
    JsonNode properties = properties(table);
    Set<String> required = required(table);
    for (WireFormatDoc.Row row : table.rows()) {
      JsonNode property = properties.path(row.property());
      String where = table.owner() + "." + row.property() + " (line " + row.line() + ")";

      assertThat(jsonType(property)).as("JSON type of %s", where).isEqualTo(expectedJsonType(row.jsonType()));
      String named = namedType(row.jsonType());
      if (named != null) {
        assertThat(reaches(property, named)).as("%s refers to $defs/%s", where, named).isTrue();
      }
      boolean isRequired = row.required().startsWith("yes") && !row.required().contains("(optional for");
      assertThat(required.contains(row.property())).as("%s is required", where).isEqualTo(isRequired);
      if (row.required().contains("non-empty")) {
        assertThat(minItems(property)).as("minItems of %s", where).isEqualTo(1);
      } else if (expectedJsonType(row.jsonType()).equals("array")) {
        assertThat(minItems(property)).as("minItems of %s", where).isZero();
      }
      Matcher exception = Pattern.compile("\\((optional|required) for `([a-z-]+)`\\)").matcher(row.required());
      if (exception.find()) {
        checkPerEventType(row.property(), exception.group(1).equals("required"), exception.group(2), where);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void every_enumeration_listed_in_a_table_equals_the_schema_enumeration(WireFormatDoc.Table table) {
    for (WireFormatDoc.Row row : table.rows()) {
      String named = namedType(row.jsonType());
      if (named != null && DEFS.path(named).has("enum")) {
        List<String> documented = WireFormatDoc.backticked(row.meaning().split(";")[0]);
        assertThat(documented).as("values of %s.%s (line %d)", table.owner(), row.property(), row.line())
            .containsExactlyElementsOf(values(DEFS.path(named).path("enum")));
      }
    }
  }

  @Test
  void the_event_types_in_the_document_equal_the_schema_discriminator() {
    String text = String.join(" ", WireFormatDoc.lines());
    int at = text.indexOf("whose `type` is one of");
    assertThat(at).as("wire-format.md lists the event types").isNotNegative();
    List<String> documented = WireFormatDoc.backticked(text.substring(at + "whose `type`".length()).split("\\. ")[0]);

    assertThat(documented).containsExactlyElementsOf(values(DEFS.path("eventType").path("enum")));
  }

  @Test
  void every_object_definition_of_the_schema_has_a_table_in_the_document() {
    Set<String> documented = tables().stream().map(t -> WireFormatDoc.definitionOf(t.owner()))
        .map(d -> d.startsWith(JsonSchemas.DEFS) ? d.substring(JsonSchemas.DEFS.length()) : d)
        .collect(Collectors.toSet());
    Set<String> objects = new LinkedHashSet<>();
    DEFS.fieldNames().forEachRemaining(def -> {
      if ("object".equals(DEFS.path(def).path("type").asText()) && !def.equals("actorRef")) {
        objects.add(def);
      }
    });

    assertThat(objects).hasSizeGreaterThanOrEqualTo(14);
    assertThat(documented).containsAll(objects);
  }

  @Test
  void the_partial_date_examples_are_accepted_and_the_rejected_ones_refused() {
    List<String> section = section("PartialDate");
    List<String> accepted = jsonStrings(line(section, "Examples:"));
    List<String> rejected = jsonStrings(line(section, "Rejected:"));

    assertThat(accepted).hasSizeGreaterThanOrEqualTo(4);
    assertThat(rejected).hasSizeGreaterThanOrEqualTo(4);
    accepted.forEach(date -> assertThat(JsonSchemas.errors("partialDate", text(date))).as(date).isEmpty());
    rejected.forEach(date -> assertThat(JsonSchemas.errors("partialDate", text(date))).as(date).isNotEmpty());
  }

  @Test
  void the_date_interval_examples_are_accepted() {
    List<String> intervals = section("DateInterval").stream().flatMap(l -> jsonStrings(l).stream())
        .collect(Collectors.toList());

    assertThat(intervals).hasSizeGreaterThanOrEqualTo(6);
    intervals.forEach(interval -> assertThat(JsonSchemas.errors("dateInterval", text(interval))).as(interval).isEmpty());
  }

  // --- helpers

  private static Class<?> modelType(String definition) throws ClassNotFoundException {
    return Class.forName("org.statecraft.core." + Character.toUpperCase(definition.charAt(0)) + definition.substring(1));
  }

  private static JsonNode properties(WireFormatDoc.Table table) {
    String target = WireFormatDoc.definitionOf(table.owner());
    if (target.equals(JsonSchemas.DOSSIER)) {
      return DOSSIER_SCHEMA.path("properties");
    }
    if (target.equals(JsonSchemas.EVENT)) {
      return DEFS.path("event").path("properties");
    }
    String def = target.startsWith(JsonSchemas.DEFS) ? target.substring(JsonSchemas.DEFS.length()) : target;
    assertThat(DEFS.has(def)).as("the schema has $defs/%s for the table of %s", def, table).isTrue();
    return DEFS.path(def).path("properties");
  }

  private static Set<String> required(WireFormatDoc.Table table) {
    String target = WireFormatDoc.definitionOf(table.owner());
    Set<String> required = new LinkedHashSet<>();
    if (target.equals(JsonSchemas.DOSSIER)) {
      required.addAll(values(DOSSIER_SCHEMA.path("required")));
    } else if (target.equals(JsonSchemas.EVENT)) {
      required.addAll(values(EVENT_SCHEMA.path("required")));
      required.addAll(values(DEFS.path("event").path("required")));
    } else {
      String def = target.startsWith(JsonSchemas.DEFS) ? target.substring(JsonSchemas.DEFS.length()) : target;
      required.addAll(values(DEFS.path(def).path("required")));
    }
    return required;
  }

  /** "yes (optional for `designation-change`)" and "no (required for `visit`)": checked per event type. */
  private static void checkPerEventType(String property, boolean onlyFor, String eventType, String where) {
    for (String type : values(DEFS.path("eventType").path("enum"))) {
      boolean expected = onlyFor == type.equals(eventType);
      assertThat(values(DEFS.path(GoldenFiles.camelCase(type)).path("required")).contains(property))
          .as("%s is required for %s", where, type).isEqualTo(expected);
    }
  }

  private static String expectedJsonType(String column) {
    String first = column.split("[ ,]")[0];
    switch (first) {
      case "integer":
      case "number":
      case "string":
        return first;
      case "array":
        return "array";
      default:
        return "object";
    }
  }

  /** The definition a JSON type column names: "string, PartialDate" and "array of Provenance" name one. */
  private static String namedType(String column) {
    Matcher m = Pattern.compile("([A-Z][A-Za-z]+)$").matcher(column);
    if (m.find()) {
      String type = m.group(1);
      return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
    }
    return column.contains("(slug)") ? "slug" : null;
  }

  private static JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText();
    return ref.startsWith("#/$defs/") ? DEFS.path(ref.substring("#/$defs/".length())) : null;
  }

  private static String jsonType(JsonNode schema) {
    if (schema.has("type")) {
      return schema.path("type").asText();
    }
    if (schema.has("enum")) {
      return "string";
    }
    if (schema.has("const")) {
      return schema.path("const").isIntegralNumber() ? "integer" : "string";
    }
    JsonNode target = resolve(schema);
    return target == null ? "(none)" : jsonType(target);
  }

  private static boolean reaches(JsonNode schema, String def) {
    if (schema.path("$ref").asText().equals("#/$defs/" + def)) {
      return true;
    }
    if (schema.has("items") && reaches(schema.path("items"), def)) {
      return true;
    }
    JsonNode target = resolve(schema);
    return target != null && reaches(target, def);
  }

  private static int minItems(JsonNode schema) {
    if (schema.has("minItems")) {
      return schema.path("minItems").asInt();
    }
    JsonNode target = resolve(schema);
    return target == null ? 0 : minItems(target);
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> section(String type) {
    List<String> lines = WireFormatDoc.lines();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("### ") && lines.get(i).contains(" " + type + " ")) {
        start = i;
      } else if (start >= 0 && lines.get(i).startsWith("#")) {
        return lines.subList(start, i);
      }
    }
    throw new AssertionError("wire-format.md has no section on " + type);
  }

  /** The line starting with the prefix, joined with the lines that continue it (up to a blank line or another such line). */
  private static String line(List<String> section, String prefix) {
    for (int i = 0; i < section.size(); i++) {
      if (section.get(i).startsWith(prefix)) {
        StringBuilder text = new StringBuilder(section.get(i));
        for (int j = i + 1; j < section.size() && !section.get(j).isBlank() && !section.get(j).matches("^[A-Z][a-z]+:.*"); j++) {
          text.append(' ').append(section.get(j));
        }
        return text.toString();
      }
    }
    throw new AssertionError("no line starting with " + prefix);
  }

  private static List<String> jsonStrings(String line) {
    List<String> strings = new ArrayList<>();
    Matcher m = JSON_STRING.matcher(line);
    while (m.find()) {
      String literal = m.group(1);
      strings.add(literal.substring(1, literal.length() - 1));
    }
    return strings;
  }

  private static JsonNode text(String value) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
  }
}
