package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.statecraft.core.Dossier;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.jackson.JsonCorpus.Path;
import org.statecraft.jackson.JsonCorpus.Site;

/**
 * The reader's own rejection of a repeated property name, which replaces Jackson's
 * {@code STRICT_DUPLICATE_DETECTION} for byte and text input: it must find every repeat Jackson
 * finds, at the same property, and nothing else; and {@link StatecraftJson} must report it exactly
 * as it reports the same bytes read from a stream (where Jackson's detection still runs).
 */
class DuplicatePropertyTest {

  private static final String FIXTURE = ReliabilityFixture.json();
  private static final JsonNode TREE = JsonCorpus.parse(FIXTURE);
  private static final String MARK = "\"__mark__\":0";

  /** A parser as {@link StatecraftJson} makes for bytes and text: no duplicate detection. */
  private static final JsonFactory OWN = new JsonFactoryBuilder().streamReadConstraints(Limits.READ).build();
  /** A parser with Jackson's duplicate detection, as for streams. */
  private static final JsonFactory JACKSON = new JsonFactoryBuilder().streamReadConstraints(Limits.READ)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Where a read stopped for a repeated name: the JSON path and Jackson's message without position. */
  private record Repeat(String path, String message) {}

  /** Reads with the reader's own detection; the repeat it rejected, or null if none. */
  private static Repeat ownRepeat(String doc, boolean strict) throws IOException {
    try (JsonParser p = OWN.createParser(doc)) {
      p.nextToken();
      WireReader reader = new WireReader(p, strict, true, true);
      try {
        reader.read(reader::dossier);
        return null;
      } catch (JsonParseException e) {
        return new Repeat(WireReader.render(p.getParsingContext()), e.getOriginalMessage());
      }
    }
  }

  /** Scans every token with Jackson's detection; the repeat it rejected, or null if none. */
  private static Repeat jacksonRepeat(String doc) throws IOException {
    try (JsonParser p = JACKSON.createParser(doc)) {
      try {
        while (p.nextToken() != null) {
          // every token
        }
        return null;
      } catch (JsonParseException e) {
        return new Repeat(WireReader.render(p.getParsingContext()), e.getOriginalMessage());
      }
    }
  }

  /** The fixture with {@code extra} (JSON members, no leading comma) added at the end of the object at {@code at}. */
  private static String withMembers(JsonNode root, Path at, String extra) {
    ObjectNode copy = (ObjectNode) JsonCorpus.at(root.deepCopy(), at);
    JsonNode marked = JsonCorpus.with(root, at, copy.deepCopy().set("__mark__", IntNode.valueOf(0)));
    String text = JsonCorpus.write(marked);
    assertThat(text).containsOnlyOnce(MARK);
    return text.replace(MARK, extra);
  }

  private static String member(String name, JsonNode value) {
    return JsonCorpus.TREES.getNodeFactory().textNode(name) + ":" + JsonCorpus.write(value);
  }

  private static List<Site> objects() {
    List<Site> objects = JsonCorpus.objects(TREE);
    assertThat(objects).hasSizeGreaterThan(40);
    return objects;
  }

  @TestFactory
  Stream<DynamicTest> rejects_every_known_property_of_every_object_repeated_where_jackson_does() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Site object : objects()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.node().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        String doc = withMembers(TREE, object.path(), member(property.getKey(), property.getValue()));
        tests.add(dynamicTest(object.path() + " with " + property.getKey() + " twice", () -> {
          Repeat expected = new Repeat(object.path().child(property.getKey()).toString(),
              "Duplicate field '" + property.getKey() + "'");
          assertThat(jacksonRepeat(doc)).isEqualTo(expected);
          assertThat(ownRepeat(doc, false)).isEqualTo(expected);
          assertThat(ownRepeat(doc, true)).isEqualTo(expected);
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(150);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> rejects_an_unknown_property_repeated_in_every_object_in_both_modes() {
    return objects().stream().map(object -> dynamicTest(object.path() + " with x twice", () -> {
      String doc = withMembers(TREE, object.path(), "\"x\":1,\"y\":[{\"x\":1}],\"x\":{\"x\":2}");
      Repeat expected = new Repeat(object.path().child("x").toString(), "Duplicate field 'x'");
      assertThat(jacksonRepeat(doc)).isEqualTo(expected);
      assertThat(ownRepeat(doc, false)).isEqualTo(expected);
      assertThat(ownRepeat(doc, true)).isEqualTo(expected);
    }));
  }

  @TestFactory
  Stream<DynamicTest> rejects_a_repeat_inside_a_value_it_skips() {
    Path event = Path.ROOT.child("events").child(0);
    assertThat(JsonCorpus.at(TREE, event).get("type").asText()).isEqualTo("visit");
    Path source = Path.ROOT.child("source");
    Map<String, String> docs = Map.of(
        "an unknown property's value", withMembers(TREE, source, "\"x\":[0,{\"a\":{\"b\":1,\"b\":2}}]"),
        "a value of the wrong type", withMembers(TREE, source, "\"title\":{\"a\":1,\"b\":2,\"c\":3,\"a\":4}")
            .replaceFirst("\"title\":\"[^\"]*\",", ""),
        "a property of another event type", withMembers(TREE, event, "\"targets\":[{\"official\":\"a\",\"official\":\"b\"}]"),
        "the rest of an object after an unsupported schemaVersion",
            withMembers(TREE, Path.ROOT, "\"source\":1").replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":2"));
    return docs.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
      Repeat jackson = jacksonRepeat(e.getValue());
      assertThat(jackson).isNotNull();
      assertThat(ownRepeat(e.getValue(), false)).isEqualTo(jackson);
      assertThat(ownRepeat(e.getValue(), true)).isEqualTo(jackson);
    }));
  }

  @Test
  void accepts_the_same_unknown_name_once_in_each_of_many_objects() throws IOException {
    String doc = FIXTURE;
    for (Site object : objects()) {
      doc = withMembers(JsonCorpus.parse(doc), object.path(), "\"x\":{\"x\":[{\"x\":1}]}");
    }

    assertThat(jacksonRepeat(doc)).isNull();
    assertThat(ownRepeat(doc, false)).isNull();
    assertThat(StatecraftJson.standard().readDossier(doc)).isEqualTo(StatecraftJson.standard().readDossier(FIXTURE));
  }

  @Test
  void accepts_every_valid_golden_dossier_without_a_false_repeat() throws IOException {
    List<String> docs = new ArrayList<>(List.of(FIXTURE));
    try (Stream<java.nio.file.Path> files = Files.list(ProjectFiles.root().resolve("jackson-module/src/test/resources/golden/v1"))) {
      for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().startsWith("dossier")).toList()) {
        docs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertThat(docs).hasSizeGreaterThan(3);
    for (String doc : docs) {
      for (boolean strict : new boolean[] {false, true}) {
        try (JsonParser p = OWN.createParser(doc)) {
          assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
          WireReader reader = new WireReader(p, strict, true, true);
          Dossier read = reader.read(reader::dossier);
          assertThat(reader.violations()).isEmpty();
          assertThat(read).isNotNull();
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> reports_a_malformed_document_exactly_as_jacksons_own_detection_in_every_input_form() {
    Path event = Path.ROOT.child("events").child(1);
    Map<String, String> docs = Map.of(
        "a known property", withMembers(TREE, event, "\"id\":\"again\""),
        "an unknown property", withMembers(TREE, event, "\"x\":1,\"x\":2"),
        "a repeat written with escapes", withMembers(TREE, event, "\"\\u0069d\":\"again\""),
        "a repeat followed by a syntax error", withMembers(TREE, event, "\"id\":]"),
        "a repeat followed by an over-long number", withMembers(TREE, event, "\"id\":" + "1".repeat(50)),
        "a repeat after an invalid value", withMembers(TREE, event, "\"kind\":\"nonsense\",\"kind\":\"statement\""),
        "a syntax error alone", FIXTURE.substring(0, FIXTURE.length() - 3) + "]}");
    return docs.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
      String doc = e.getValue();
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      // Jackson counts columns in characters for text and in bytes for bytes.
      List<Violation> text = List.of(jacksonViolation(JACKSON.createParser(doc)));
      List<Violation> utf8 = List.of(jacksonViolation(JACKSON.createParser(bytes)));
      for (StatecraftJson json : List.of(StatecraftJson.standard(), StatecraftJson.strict())) {
        Map<ThrowingCallable, List<Violation>> reads = Map.of(() -> json.readDossier(doc), text,
            () -> json.readDossier(new StringReader(doc)), text, () -> json.readDossier(bytes), utf8,
            () -> json.readDossier(new ByteArrayInputStream(bytes)), utf8);
        reads.forEach((read, expected) -> assertThat(catchThrowable(read)).isInstanceOf(StatecraftJsonException.class)
            .extracting(t -> ((StatecraftJsonException) t).violations()).isEqualTo(expected));
      }
    }));
  }

  /**
   * The violation for the first fault found when the reader reads the text with Jackson's own
   * duplicate detection and none of its own, as every input was read before the reader detected
   * repeats itself.
   */
  private static Violation jacksonViolation(JsonParser parser) throws IOException {
    try (JsonParser p = parser) {
      try {
        p.nextToken();
        WireReader reader = new WireReader(p, false, false, false);
        reader.read(reader::dossier);
      } catch (JsonProcessingException j) {
        String message = j.getOriginalMessage();
        ViolationCode code = j instanceof StreamConstraintsException ? ViolationCode.LIMIT_EXCEEDED
            : message.startsWith("Duplicate field '") ? ViolationCode.DUPLICATE : ViolationCode.MALFORMED;
        JsonLocation at = message.contains(" in numeric value") || message.startsWith("Invalid numeric value")
            ? p.currentTokenLocation() : j.getLocation();
        return new Violation(WireReader.render(p.getParsingContext()), code,
            message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
      }
    }
    throw new AssertionError("the document has no fault of syntax, limits or repeats");
  }
}
