package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.ViolationCode;

/**
 * Round trips through the valid golden files of wire format version 1, beyond reading and writing
 * them back (which {@code GoldenReaderTest} checks): model to JSON to model is equal, the compact
 * output is the file's own content in canonical order, a document with its properties in another
 * order reads to the same value, and an unknown property is ignored by the tolerant reader and
 * reported, with its path, by the strict one.
 */
class GoldenFilesTest {

  private static final StatecraftJson STANDARD = StatecraftJson.standard();
  private static final StatecraftJson STRICT = StatecraftJson.strict();
  private static final ObjectMapper TREES = new ObjectMapper();

  static List<Path> validFiles() {
    return GoldenFiles.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void model_to_json_to_model_is_equal(Path file) {
    Object model = read(STANDARD, file, GoldenFiles.text(file));

    Object again = read(STANDARD, file, write(file, model));

    assertThat(again).isEqualTo(model).hasSameHashCodeAs(model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void json_to_model_to_json_gives_the_canonical_bytes_in_the_file_order(Path file) throws IOException {
    String compactFile = TREES.writeValueAsString(GoldenFiles.tree(file));

    String written = write(file, read(STANDARD, file, GoldenFiles.text(file)));

    assertThat(written).isEqualTo(compactFile);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void properties_in_another_order_read_to_the_same_value(Path file) throws IOException {
    JsonNode reversed = reverseProperties(GoldenFiles.tree(file));

    Object model = read(STANDARD, file, TREES.writeValueAsString(reversed));

    assertThat(model).isEqualTo(read(STANDARD, file, GoldenFiles.text(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void an_unknown_property_is_ignored_by_the_tolerant_reader_and_reported_by_the_strict_one(Path file)
      throws IOException {
    JsonNode tree = GoldenFiles.tree(file);
    if (!tree.isObject()) {
      return; // a string value has no properties to add to
    }
    List<String> added = new ArrayList<>();
    addUnknownProperty((ObjectNode) tree, "$", added);
    deepestFirstObject(tree, "$").ifPresent(at -> {
      if (!at.getKey().equals("$")) {
        addUnknownProperty((ObjectNode) at.getValue(), at.getKey(), added);
      }
    });
    String text = TREES.writeValueAsString(tree);

    assertThat(read(STANDARD, file, text)).isEqualTo(read(STANDARD, file, GoldenFiles.text(file)));
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> read(STRICT, file, text));
    assertThat(e).as("strict reading of %s with %s", file.getFileName(), added).isNotNull();
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_PROPERTY));
    assertThat(e.violations().stream().map(v -> v.path())).containsExactlyInAnyOrderElementsOf(added);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void absent_values_written_as_null_and_absent_lists_written_as_empty_read_to_the_same_value(Path file)
      throws IOException {
    JsonNode tree = GoldenFiles.tree(file);
    if (!tree.isObject()) {
      return; // a string value has no properties
    }
    Object canonical = read(STANDARD, file, GoldenFiles.text(file));
    JsonNode withNulls = tree.deepCopy();
    JsonNode withEmptyLists = tree.deepCopy();
    int added = fillAbsent(withNulls, false) + fillAbsent(withEmptyLists, true);

    assertThat(added).isPositive();
    assertThat(read(STANDARD, file, TREES.writeValueAsString(withNulls))).isEqualTo(canonical);
    assertThat(read(STANDARD, file, TREES.writeValueAsString(withEmptyLists))).isEqualTo(canonical);
  }

  // --- helpers

  /**
   * Adds, to every object of the tree, each property of the format it lacks: as {@code null}, or
   * as {@code []} for list properties only. A property that belongs to another kind of object is
   * an unknown property there, which the tolerant reader ignores.
   *
   * @return how many properties were added
   */
  private static int fillAbsent(JsonNode node, boolean emptyLists) {
    int added = 0;
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> present = new ArrayList<>();
      object.fieldNames().forEachRemaining(present::add);
      for (String child : present) {
        added += fillAbsent(object.get(child), emptyLists);
      }
      for (Map.Entry<String, Boolean> property : FORMAT_PROPERTIES.entrySet()) {
        if (!object.has(property.getKey()) && (!emptyLists || property.getValue())) {
          if (emptyLists) {
            object.putArray(property.getKey());
          } else {
            object.putNull(property.getKey());
          }
          added++;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        added += fillAbsent(element, emptyLists);
      }
    }
    return added;
  }

  /** Every property name the schema defines, mapped to whether it is a list wherever it appears. */
  private static final Map<String, Boolean> FORMAT_PROPERTIES = formatProperties();

  private static Map<String, Boolean> formatProperties() {
    JsonNode schema = JsonSchemaTest.resource(JsonSchemas.DOSSIER);
    Map<String, Boolean> properties = new java.util.TreeMap<>();
    List<JsonNode> objects = new ArrayList<>();
    objects.add(schema);
    schema.path("$defs").forEach(objects::add);
    for (JsonNode def : objects) {
      def.path("properties").fields().forEachRemaining(p -> {
        boolean list = isList(schema, p.getValue());
        properties.merge(p.getKey(), list, Boolean::logicalAnd);
      });
    }
    return properties;
  }

  private static boolean isList(JsonNode schema, JsonNode property) {
    if (property.has("type")) {
      return property.path("type").asText().equals("array");
    }
    String ref = property.path("$ref").asText();
    return ref.startsWith("#/$defs/") && isList(schema, schema.path("$defs").path(ref.substring("#/$defs/".length())));
  }

  private static Object read(StatecraftJson json, Path file, String text) {
    return Readers.read(json, file, text);
  }

  private static String write(Path file, Object model) {
    if (model instanceof Dossier) {
      return STANDARD.writeDossier((Dossier) model);
    }
    if (model instanceof Event) {
      return STANDARD.writeEvent((Event) model);
    }
    try {
      return STANDARD.newObjectMapper().writerFor(GoldenFiles.modelType(file)).writeValueAsString(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode reverseProperties(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      ObjectNode reversed = TREES.createObjectNode();
      for (int i = fields.size() - 1; i >= 0; i--) {
        reversed.set(fields.get(i).getKey(), reverseProperties(fields.get(i).getValue()));
      }
      return reversed;
    }
    if (node.isArray()) {
      var copy = TREES.createArrayNode();
      node.forEach(e -> copy.add(reverseProperties(e)));
      return copy;
    }
    return node;
  }

  private static void addUnknownProperty(ObjectNode object, String path, List<String> added) {
    object.put("futureProperty", "from a newer release");
    added.add(path + ".futureProperty");
  }

  /** The last object met depth-first, with its JSON path: the most deeply nested object of the first branch. */
  private static Optional<Map.Entry<String, JsonNode>> deepestFirstObject(JsonNode node, String path) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Optional<Map.Entry<String, JsonNode>> deeper = deepestFirstObject(field.getValue(), path + "." + field.getKey());
        if (deeper.isPresent()) {
          return deeper;
        }
      }
      return Optional.of(Map.entry(path, node));
    }
    if (node.isArray() && node.size() > 0) {
      return deepestFirstObject(node.get(0), path + "[0]");
    }
    return Optional.empty();
  }
}
