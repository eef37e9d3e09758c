package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statecraft.jackson.Rejections.assertAllWithin;
import static org.statecraft.jackson.Rejections.assertHas;
import static org.statecraft.jackson.Rejections.named;
import static org.statecraft.jackson.Rejections.rejected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.ViolationCode;
import org.statecraft.jackson.JsonCorpus.Path;
import org.statecraft.jackson.JsonCorpus.Site;

/**
 * The bad-input corpus: whatever arrives, {@link StatecraftJson} answers with a
 * {@link StatecraftJsonException} naming the JSON path and the problem, or with a valid value;
 * never another exception, a hang or a half-built value. Every case goes through
 * {@link Rejections#rejected}, which also bounds its time and checks that nothing is returned.
 *
 * <p>Most cases are generated from {@link ReliabilityFixture}'s JSON, which has every kind of
 * field of the wire format; the expectations follow {@code docs/wire-format.md}.
 */
class StatecraftJsonBadInputTest {

  private static final StatecraftJson STANDARD = StatecraftJson.standard();
  private static final StatecraftJson STRICT = StatecraftJson.strict();
  private static final String FIXTURE = ReliabilityFixture.json();
  private static final JsonNode TREE = JsonCorpus.parse(FIXTURE);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String KABUL = "examples/src/main/resources/statecraft/fixtures/kabul-visit-2024-11-25.json";

  /** The properties that hold an ActorRef or a list of them. */
  private static final Set<String> ACTOR_CONTAINERS =
      Set.of("visitors", "hosts", "speaker", "addressees", "subjects", "targets", "subject", "attributedTo");

  /** Lists whose removal leaves references dangling in the fixture. */
  private static final Set<String> REFERENCED_LISTS = Set.of("officials", "organizations", "otherSources");

  private static String json(JsonNode tree) {
    return JsonCorpus.write(tree);
  }

  private static Path path(Object... segments) {
    return new Path(List.of(segments));
  }

  /**
   * The fixture with the value at {@code at} replaced by the raw JSON text {@code value}, exactly
   * as given (not parsed, so numbers keep every digit and nesting may be arbitrarily deep).
   */
  private static String replaced(Path at, String value) {
    String placeholder = "\u2063replaced\u2063";
    String doc = json(JsonCorpus.with(TREE, at, NODES.textNode(placeholder)));
    return doc.replace("\"" + placeholder + "\"", value);
  }

  private static String replacedText(Path at, String text) {
    return json(JsonCorpus.with(TREE, at, NODES.textNode(text)));
  }

  @Test
  void the_fixture_the_corpus_mutates_reads_in_both_modes() {
    assertThat(STANDARD.readDossier(FIXTURE)).isEqualTo(ReliabilityFixture.dossier());
    assertThat(STRICT.readDossier(FIXTURE)).isEqualTo(ReliabilityFixture.dossier());
  }

  @Nested
  class Truncation {

    @TestFactory
    Stream<DynamicTest> rejects_the_dossier_truncated_at_every_structural_point_as_malformed() {
      List<String> prefixes = JsonCorpus.truncations(FIXTURE);
      assertThat(prefixes).hasSizeGreaterThan(500);
      return prefixes.stream().map(prefix -> named("truncated after " + prefix.length() + " chars",
          () -> rejected(() -> STANDARD.readDossier(prefix), ViolationCode.MALFORMED)));
    }

    @TestFactory
    Stream<DynamicTest> rejects_the_kabul_fixture_truncated_at_every_structural_point_as_malformed() throws IOException {
      // Read from the source tree: the examples module depends on this one, not the other way round.
      String kabul = Files.readString(ProjectFiles.root().resolve(KABUL), StandardCharsets.UTF_8);
      assertThat(STRICT.readDossier(kabul).events()).hasSizeGreaterThan(10);
      List<String> prefixes = JsonCorpus.truncations(kabul);
      assertThat(prefixes).hasSizeGreaterThan(1_000);
      return prefixes.stream().map(prefix -> named("Kabul fixture truncated after " + prefix.length() + " chars",
          () -> rejected(() -> STANDARD.readDossier(prefix), ViolationCode.MALFORMED)));
    }

    /**
     * A {@code Reader} that gives one character per read makes the parser refill its buffer at
     * every character, the path a large or slow character stream takes; it must report exactly
     * what the {@code String} does.
     */
    @TestFactory
    Stream<DynamicTest> rejects_the_dossier_truncated_at_every_structural_point_through_a_reader_as_the_string_is() {
      return JsonCorpus.truncations(FIXTURE).stream().map(prefix -> named("truncated after " + prefix.length()
          + " chars, through a Reader", () -> {
            StatecraftJsonException fromString = rejected(() -> STANDARD.readDossier(prefix));
            StatecraftJsonException fromReader = rejected(() -> STANDARD.readDossier(Trickle.chars(prefix)));
            assertThat(fromReader.violations()).isEqualTo(fromString.violations());
          }));
    }

    /**
     * Found by fuzzing the {@code Reader} path (inputs {@code crash-95119c61...} and
     * {@code crash-21fd7cc7...} of the dossier target): Jackson places an error inside a number at
     * the number's last character or at the offending one, depending on whether the number
     * straddled a refill of its buffer. The reader places it at the token where the number begins
     * (for a property's value, the property's name), whatever the input form.
     */
    @ParameterizedTest
    @ValueSource(strings = {"34.\"x\"", "34e\"x\"", "-\"x\"", "0034"})
    void places_an_error_inside_a_number_at_its_token_whatever_the_input_form(String number) {
      Path latitude = path("events", 0, "place", "coordinates", "latitude");
      String doc = replaced(latitude, number);
      int start = doc.indexOf("\"latitude\":" + number); // the number's property, as Jackson's token location
      long line = doc.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
      int column = start - doc.lastIndexOf('\n', start - 1);
      StatecraftJsonException fromString = rejected(() -> STANDARD.readDossier(doc), latitude.toString(),
          ViolationCode.MALFORMED);
      assertThat(fromString.violations().get(0).message()).endsWith("(line " + line + ", column " + column + ")");
      assertThat(rejected(() -> STANDARD.readDossier(Trickle.chars(doc))).violations())
          .isEqualTo(fromString.violations());
      assertThat(rejected(() -> STANDARD.readDossier(new java.io.StringReader(doc))).violations())
          .isEqualTo(fromString.violations());
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      StatecraftJsonException fromBytes = rejected(() -> STANDARD.readDossier(bytes), latitude.toString(),
          ViolationCode.MALFORMED);
      assertThat(rejected(() -> STANDARD.readDossier(Trickle.bytes(bytes))).violations())
          .isEqualTo(fromBytes.violations());
    }

    /**
     * Found by fuzzing the {@code Reader} path (input {@code crash-d6aee898...} of the dossier
     * target, {@code -.}): Jackson words a bad number differently when its buffer ends inside it.
     * Character and byte streams are therefore read whole (up to the document limit) and then
     * exactly as the same text or bytes, so that no input form can report differently.
     */
    @ParameterizedTest
    @ValueSource(strings = {"-.", "-", "-a", "- 1", "1.", "1e", "{\"schemaVersion\":-.}", "[-.]", "tru", "{\"a\":1,}"})
    void reports_malformed_input_exactly_as_the_same_text_or_bytes_whatever_the_stream(String doc) {
      StatecraftJsonException fromString = rejected(() -> STANDARD.readDossier(doc), ViolationCode.MALFORMED);
      assertThat(rejected(() -> STANDARD.readDossier(Trickle.chars(doc))).violations())
          .isEqualTo(fromString.violations());
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      StatecraftJsonException fromBytes = rejected(() -> STANDARD.readDossier(bytes), ViolationCode.MALFORMED);
      assertThat(rejected(() -> STANDARD.readDossier(Trickle.bytes(bytes))).violations())
          .isEqualTo(fromBytes.violations());
      assertThat(rejected(() -> STANDARD.readEvent(Trickle.bytes(bytes))).violations())
          .isEqualTo(rejected(() -> STANDARD.readEvent(bytes)).violations());
      assertThat(rejected(() -> STANDARD.readEvent(Trickle.chars(doc))).violations())
          .isEqualTo(rejected(() -> STANDARD.readEvent(doc)).violations());
    }

    @TestFactory
    Stream<DynamicTest> rejects_every_event_truncated_at_every_structural_point_as_malformed() {
      return ReliabilityFixture.dossier().events().stream().flatMap(event -> {
        byte[] whole = STANDARD.writeEventAsBytes(event);
        return JsonCorpus.truncations(new String(whole, StandardCharsets.UTF_8)).stream()
            .map(prefix -> named(event.id() + " truncated after " + prefix.length() + " chars",
                () -> rejected(() -> STANDARD.readEvent(prefix.getBytes(StandardCharsets.UTF_8)),
                    ViolationCode.MALFORMED)));
      });
    }
  }

  @Nested
  class WrongJsonType {

    @TestFactory
    Stream<DynamicTest> rejects_a_wrong_json_type_for_every_value_as_invalid_format_at_its_path() {
      List<DynamicTest> tests = new ArrayList<>();
      for (Site site : JsonCorpus.sites(TREE)) {
        if (site.path().segments().isEmpty()) {
          continue;
        }
        for (JsonNode wrong : JsonCorpus.wrongTypes(site.node())) {
          String doc = json(JsonCorpus.with(TREE, site.path(), wrong));
          tests.add(named(site.path() + " = " + wrong, () -> {
            StatecraftJsonException e = rejected(() -> STANDARD.readDossier(doc), site.path().toString(),
                ViolationCode.INVALID_FORMAT);
            assertAllWithin(e, site.path());
          }));
        }
      }
      assertThat(tests).hasSizeGreaterThan(500);
      return tests.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{}]", "1", "\"dossier\"", "true", "null"})
    void rejects_a_document_that_is_not_an_object_as_malformed(String doc) {
      rejected(() -> STANDARD.readDossier(doc), "$", ViolationCode.MALFORMED);
      rejected(() -> STANDARD.readEvent(doc), "$", ViolationCode.MALFORMED);
    }
  }

  /**
   * What the wire format requires of the object at {@code at} (section 2 to 5 of the wire-format
   * document): each required property with the code its absence gives.
   */
  static Map<String, ViolationCode> required(Path at, JsonNode object) {
    Map<String, ViolationCode> out = new LinkedHashMap<>();
    String container = at.container();
    if (at.segments().isEmpty()) {
      out.put("schemaVersion", ViolationCode.REQUIRED);
      out.put("source", ViolationCode.REQUIRED);
      return out;
    }
    if (ACTOR_CONTAINERS.contains(container)) {
      for (String shape : List.of("official", "organization", "group")) {
        if (object.has(shape)) {
          out.put(shape, ViolationCode.REQUIRED);
        }
      }
      return out;
    }
    switch (container) {
      case "source", "otherSources" -> {
        out.put("id", ViolationCode.REQUIRED);
        out.put("title", ViolationCode.REQUIRED);
      }
      case "officials" -> {
        out.put("id", ViolationCode.REQUIRED);
        out.put("names", ViolationCode.EMPTY);
      }
      case "organizations" -> {
        out.put("id", ViolationCode.REQUIRED);
        out.put("names", ViolationCode.EMPTY);
        out.put("kind", ViolationCode.REQUIRED);
      }
      case "names" -> {
        out.put("text", ViolationCode.REQUIRED);
        out.put("kind", ViolationCode.REQUIRED);
      }
      case "positions" -> {
        out.put("title", ViolationCode.REQUIRED);
        out.put("organization", ViolationCode.REQUIRED);
        out.put("status", ViolationCode.REQUIRED);
      }
      case "externalIds", "gazetteerId" -> {
        out.put("scheme", ViolationCode.REQUIRED);
        out.put("value", ViolationCode.REQUIRED);
      }
      case "provenance" -> {
        out.put("source", ViolationCode.REQUIRED);
        out.put("basis", ViolationCode.REQUIRED);
        if (!"stated".equals(object.path("basis").asText())) {
          out.put("attributedTo", ViolationCode.REQUIRED);
        }
      }
      case "place" -> {
        out.put("name", ViolationCode.REQUIRED);
        out.put("country", ViolationCode.REQUIRED);
      }
      case "coordinates" -> {
        out.put("latitude", ViolationCode.REQUIRED);
        out.put("longitude", ViolationCode.REQUIRED);
      }
      case "stages" -> out.put("stage", ViolationCode.REQUIRED);
      case "events" -> {
        String type = object.path("type").asText();
        out.put("type", ViolationCode.REQUIRED);
        out.put("id", ViolationCode.REQUIRED);
        if (!"designation-change".equals(type)) {
          out.put("when", ViolationCode.REQUIRED);
        }
        out.put("provenance", ViolationCode.EMPTY);
        switch (type) {
          case "visit" -> {
            out.put("place", ViolationCode.REQUIRED);
            out.put("visitors", ViolationCode.EMPTY);
          }
          case "statement" -> {
            out.put("speaker", ViolationCode.REQUIRED);
            out.put("kind", ViolationCode.REQUIRED);
            out.put("summary", ViolationCode.REQUIRED);
          }
          case "sanction" -> {
            out.put("authority", ViolationCode.REQUIRED);
            out.put("targets", ViolationCode.EMPTY);
            out.put("measures", ViolationCode.EMPTY);
            out.put("status", ViolationCode.REQUIRED);
          }
          case "designation-change" -> {
            out.put("authority", ViolationCode.REQUIRED);
            out.put("listName", ViolationCode.REQUIRED);
            out.put("subject", ViolationCode.REQUIRED);
            out.put("action", ViolationCode.REQUIRED);
            out.put("stages", ViolationCode.EMPTY);
          }
          default -> throw new IllegalStateException("the fixture has an event of type " + type);
        }
      }
      default -> throw new IllegalStateException("no wire shape known for an object at " + at);
    }
    return out;
  }

  /**
   * A required property, where its absence is reported and with which code. An ActorRef without
   * its one key is reported at the ActorRef itself (wire format, section 4.3).
   */
  record Requirement(Path property, Path reportedAt, ViolationCode code) {}

  /** Every required property of every object of the fixture. */
  static List<Requirement> requiredProperties() {
    List<Requirement> out = new ArrayList<>();
    for (Site object : JsonCorpus.objects(TREE)) {
      boolean actor = ACTOR_CONTAINERS.contains(object.path().container());
      required(object.path(), object.node()).forEach((name, code) -> out.add(
          new Requirement(object.path().child(name), actor ? object.path() : object.path().child(name), code)));
    }
    return out;
  }

  /** Every optional property the fixture has. */
  static List<Path> optionalProperties() {
    List<Path> out = new ArrayList<>();
    for (Site object : JsonCorpus.objects(TREE)) {
      Set<String> req = required(object.path(), object.node()).keySet();
      object.node().fieldNames().forEachRemaining(name -> {
        if (!req.contains(name)) {
          out.add(object.path().child(name));
        }
      });
    }
    return out;
  }

  @Nested
  class MissingOrNull {

    @TestFactory
    Stream<DynamicTest> rejects_each_required_property_missing_with_its_path() {
      List<Requirement> cases = requiredProperties();
      assertThat(cases).hasSizeGreaterThan(60);
      return cases.stream().map(c -> named(c.property() + " missing", () -> {
        String doc = json(JsonCorpus.without(TREE, c.property()));
        StatecraftJsonException e = rejected(() -> STANDARD.readDossier(doc), c.reportedAt().toString(), c.code());
        assertAllWithin(e, c.property().parent());
      }));
    }

    @TestFactory
    Stream<DynamicTest> rejects_null_for_each_required_property_as_if_missing() {
      return requiredProperties().stream().map(c -> named(c.property() + " = null", () -> {
        String doc = json(JsonCorpus.with(TREE, c.property(), NullNode.getInstance()));
        StatecraftJsonException e = rejected(() -> STANDARD.readDossier(doc), c.reportedAt().toString(), c.code());
        assertAllWithin(e, c.property().parent());
      }));
    }

    @TestFactory
    Stream<DynamicTest> reads_each_optional_property_missing_or_null_as_absent() {
      List<Path> cases = optionalProperties();
      assertThat(cases).hasSizeGreaterThan(30);
      return cases.stream().map(at -> named(at + " missing or null", () -> {
        String missing = json(JsonCorpus.without(TREE, at));
        String nulled = json(JsonCorpus.with(TREE, at, NullNode.getInstance()));
        if (at.segments().size() == 1 && REFERENCED_LISTS.contains(at.name())) {
          // The fixture refers to these entities, so without them references dangle.
          rejected(() -> STANDARD.readDossier(missing), ViolationCode.DANGLING_REFERENCE);
          rejected(() -> STANDARD.readDossier(nulled), ViolationCode.DANGLING_REFERENCE);
          return;
        }
        Dossier withoutIt = STANDARD.readDossier(missing);
        assertThat(STANDARD.readDossier(nulled)).isEqualTo(withoutIt);
        // Exactly that property is gone, nothing else: writing the value back gives the document
        // without it, except for the two properties that are always written with their default
        // (a position's term is "../.."; a designation change's when is its last dated stage's,
        // which is what the fixture holds).
        JsonNode expected = JsonCorpus.without(TREE, at);
        if (at.name().equals("term")) {
          expected = JsonCorpus.with(TREE, at, NODES.textNode("../.."));
        } else if (at.name().equals("when") && at.segments().size() == 3) {
          expected = TREE;
        }
        assertThat(JsonCorpus.parse(STANDARD.writeDossier(withoutIt))).isEqualTo(expected);
      }));
    }

    @TestFactory
    Stream<DynamicTest> rejects_null_as_a_collection_element_as_required_at_its_index() {
      List<DynamicTest> tests = new ArrayList<>();
      for (Site site : JsonCorpus.sites(TREE)) {
        if (!site.path().isArrayElement()) {
          continue;
        }
        String doc = json(JsonCorpus.with(TREE, site.path(), NullNode.getInstance()));
        tests.add(named(site.path() + " = null", () -> {
          StatecraftJsonException e = rejected(() -> STANDARD.readDossier(doc), site.path().toString(),
              ViolationCode.REQUIRED);
          assertAllWithin(e, site.path().parent());
        }));
      }
      assertThat(tests).hasSizeGreaterThan(30);
      return tests.stream();
    }
  }

  @Nested
  class EventType {

    @ParameterizedTest
    @ValueSource(strings = {"meeting", "Visit", "VISIT", "designation_change", "org.statecraft.core.Visit"})
    void rejects_an_unknown_event_type_as_unknown_value_in_both_modes(String type) {
      for (int i = 0; i < TREE.get("events").size(); i++) {
        Path at = path("events", i, "type");
        String doc = replacedText(at, type);
        for (StatecraftJson reader : List.of(STANDARD, STRICT)) {
          StatecraftJsonException e = rejected(() -> reader.readDossier(doc), at.toString(), ViolationCode.UNKNOWN_VALUE);
          assertThat(e.violations()).filteredOn(v -> v.path().equals(at.toString()))
              .allSatisfy(v -> assertThat(v.message()).contains("visit", "statement", "sanction", "designation-change"));
        }
      }
    }

    @Test
    void rejects_an_unknown_type_of_a_single_event_as_unknown_value() {
      ObjectNode event = (ObjectNode) JsonCorpus.parse(STANDARD.writeEvent(ReliabilityFixture.dossier().events().get(0)));
      event.put("type", "meeting");
      rejected(() -> STANDARD.readEvent(json(event)), "$.type", ViolationCode.UNKNOWN_VALUE);
      event.remove("type");
      rejected(() -> STANDARD.readEvent(json(event)), "$.type", ViolationCode.REQUIRED);
    }
  }

  @Nested
  class ClassNames {

    private static final String TRIPWIRE = "org.statecraft.jackson.ClassLoadingTripwire";

    @AfterAll
    static void no_payload_loaded_the_class_it_names() {
      assertThat(System.getProperty(ClassLoadingTripwire.PROPERTY)).as("a class named in a payload was initialized")
          .isNull();
    }

    @Test
    void rejects_a_class_name_as_event_type_as_unknown_value() {
      Path at = path("events", 0, "type");
      for (String name : List.of(TRIPWIRE, "java.lang.ProcessBuilder", "[Ljava.lang.Object;")) {
        rejected(() -> STANDARD.readDossier(replacedText(at, name)), at.toString(), ViolationCode.UNKNOWN_VALUE);
      }
    }

    @Test
    void rejects_at_class_in_place_of_the_type_as_a_missing_type_in_both_modes() {
      Path event = path("events", 0);
      String doc = json(JsonCorpus.edited(TREE, event, (root, e) -> {
        ((ObjectNode) e).remove("type");
        ((ObjectNode) e).put("@class", TRIPWIRE);
      }));
      rejected(() -> STANDARD.readDossier(doc), "$.events[0].type", ViolationCode.REQUIRED);
      rejected(() -> STRICT.readDossier(doc), "$.events[0].type", ViolationCode.REQUIRED);
    }

    @Test
    void ignores_at_class_beside_a_valid_type_when_tolerant_and_rejects_it_when_strict() {
      for (String property : List.of("@class", "@type", "@c")) {
        String doc = json(JsonCorpus.edited(TREE, path("events", 0), (root, e) -> ((ObjectNode) e).put(property, TRIPWIRE)));
        assertThat(STANDARD.readDossier(doc)).isEqualTo(ReliabilityFixture.dossier());
        rejected(() -> STRICT.readDossier(doc), "$.events[0]['" + property + "']", ViolationCode.UNKNOWN_PROPERTY);
      }
    }

    @Test
    void rejects_a_default_typing_array_in_place_of_an_event_as_invalid_format() {
      String doc = json(JsonCorpus.edited(TREE, path("events"), (root, events) -> {
        ArrayNode wrapped = NODES.arrayNode().add(TRIPWIRE).add(events.get(0));
        ((ArrayNode) events).set(0, wrapped);
      }));
      rejected(() -> STANDARD.readDossier(doc), "$.events[0]", ViolationCode.INVALID_FORMAT);
    }

    @Test
    void rejects_a_class_name_in_a_closed_vocabulary_as_unknown_value() {
      Path at = path("organizations", 0, "kind");
      rejected(() -> STANDARD.readDossier(replacedText(at, TRIPWIRE)), at.toString(), ViolationCode.UNKNOWN_VALUE);
    }
  }

  @Nested
  class DuplicateKeys {

    @TestFactory
    Stream<DynamicTest> rejects_a_repeated_property_in_every_object_as_duplicate_in_both_modes() {
      List<Site> objects = JsonCorpus.objects(TREE);
      assertThat(objects).hasSizeGreaterThan(40);
      return objects.stream().map(object -> named(object.path() + " with a property twice", () -> {
        String doc = JsonCorpus.withDuplicateProperty(TREE, object.path());
        String first = object.node().fieldNames().next();
        for (StatecraftJson reader : List.of(STANDARD, STRICT)) {
          StatecraftJsonException e = rejected(() -> reader.readDossier(doc), ViolationCode.DUPLICATE);
          assertThat(e.violations()).as(Rejections.describe(e)).hasSize(1);
          assertThat(e.violations().get(0).path()).isIn(object.path().toString(), object.path().child(first).toString());
        }
      }));
    }
  }

  @Nested
  class TrailingContent {

    @ParameterizedTest
    @ValueSource(strings = {"x", "{}", "}", "]", ",", "0", "\"more\"", "null", "{\"schemaVersion\":1}", "/* note */",
        "// note", "\u0000"})
    void rejects_content_after_the_document_as_malformed(String garbage) {
      String dossier = FIXTURE + garbage;
      rejected(() -> STANDARD.readDossier(dossier), ViolationCode.MALFORMED);
      rejected(() -> STANDARD.readDossier(dossier.getBytes(StandardCharsets.UTF_8)), ViolationCode.MALFORMED);
      rejected(() -> STANDARD.readDossier(new ByteArrayInputStream(dossier.getBytes(StandardCharsets.UTF_8))),
          ViolationCode.MALFORMED);
      String event = STANDARD.writeEvent(ReliabilityFixture.dossier().events().get(0)) + "\n" + garbage;
      rejected(() -> STANDARD.readEvent(event), ViolationCode.MALFORMED);
    }

    @Test
    void accepts_white_space_after_the_document() {
      assertThat(STANDARD.readDossier(FIXTURE + " \n\t\r\n")).isEqualTo(ReliabilityFixture.dossier());
    }
  }

  @Nested
  class InvalidUtf8 {

    static Stream<byte[]> invalidSequences() {
      return Stream.of(
          new byte[] {(byte) 0xC3, 0x28}, // lead byte without its continuation
          new byte[] {(byte) 0xA0, (byte) 0xA1}, // continuation bytes without a lead byte
          new byte[] {(byte) 0xE2, 0x28, (byte) 0xA1}, // bad second byte of three
          new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC}, // bad second byte of four
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five-byte form
          new byte[] {(byte) 0xFF}, // never valid
          new byte[] {(byte) 0xFE, (byte) 0xFF}, // never valid
          new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong '/'
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate encoded as UTF-8
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // beyond U+10FFFF
    }

    private static byte[] insert(byte[] doc, String marker, byte[] bad) {
      byte[] m = marker.getBytes(StandardCharsets.UTF_8);
      int at = indexOf(doc, m);
      assertThat(at).as("marker %s", marker).isNotNegative();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(doc, 0, at);
      out.writeBytes(bad);
      out.write(doc, at, doc.length - at);
      return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= haystack.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (haystack[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    @TestFactory
    Stream<DynamicTest> rejects_invalid_utf8_in_a_value_a_name_or_at_the_end_as_malformed() {
      byte[] doc = FIXTURE.getBytes(StandardCharsets.UTF_8);
      return invalidSequences().flatMap(bad -> {
        String hex = hex(bad);
        byte[] inValue = insert(doc, "visits the capital", bad);
        byte[] inName = insert(doc, "title\"", bad);
        byte[] inAscii = insert(doc, "\"schemaVersion\"", bad);
        byte[] atEnd = new byte[doc.length + bad.length];
        System.arraycopy(doc, 0, atEnd, 0, doc.length);
        System.arraycopy(bad, 0, atEnd, doc.length, bad.length);
        return Stream.of(inValue, inName, inAscii, atEnd).flatMap(input -> Stream.of(
            named(hex + " via byte[]", () -> rejected(() -> STANDARD.readDossier(input), ViolationCode.MALFORMED)),
            named(hex + " via InputStream", () -> rejected(
                () -> STANDARD.readDossier(new ByteArrayInputStream(input)), ViolationCode.MALFORMED))));
      });
    }

    @Test
    void rejects_a_multi_byte_character_cut_short_at_the_end_of_a_string_as_malformed() {
      // "Иван" begins with D0 98; cut the string right after the lead byte.
      byte[] doc = FIXTURE.getBytes(StandardCharsets.UTF_8);
      byte[] marker = "Иван".getBytes(StandardCharsets.UTF_8);
      int at = indexOf(doc, marker);
      byte[] cut = new byte[doc.length - 1];
      System.arraycopy(doc, 0, cut, 0, at + 1);
      System.arraycopy(doc, at + 2, cut, at + 1, doc.length - at - 2);
      rejected(() -> STANDARD.readDossier(cut), ViolationCode.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udc00", "a\\ud800b", "\\udc00\\ud800", "\\ud83d"})
    void rejects_an_escaped_unpaired_surrogate_in_text_as_invalid_format_at_its_path(String escape) {
      Path title = path("source", "title");
      String doc = replaced(title, "\"Envoy " + escape + "\"");
      rejected(() -> STANDARD.readDossier(doc), title.toString(), ViolationCode.INVALID_FORMAT);
      Path summary = path("events", 2, "summary");
      rejected(() -> STANDARD.readDossier(replaced(summary, "\"" + escape + " x\"")), summary.toString(),
          ViolationCode.INVALID_FORMAT);
    }

    @Test
    void accepts_an_escaped_surrogate_pair() {
      Dossier d = STANDARD.readDossier(replaced(path("source", "title"), "\"Envoy \\ud83d\\ude00\""));
      assertThat(d.source().title()).isEqualTo("Envoy \uD83D\uDE00");
    }

    static String hex(byte[] bytes) {
      StringBuilder sb = new StringBuilder();
      for (byte b : bytes) {
        sb.append(String.format("%02X ", b));
      }
      return sb.toString().trim();
    }
  }

  /**
   * Byte order marks (wire format, section 1): one UTF-8 byte order mark at the very start is
   * ignored by every entry point in both modes; any other U+FEFF outside a string, and UTF-16 or
   * UTF-32 input, is {@code malformed}. The same bytes are given to every entry point (text entry
   * points get them decoded, so {@code EF BB BF} arrives as U+FEFF).
   */
  @Nested
  class ByteOrderMarks {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String BOM_TEXT = "\uFEFF";

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path files;

    /** One way into the reader: a name, and how it reads a document given as UTF-8 bytes. */
    record Entry(String name, Read read) {
      @Override
      public String toString() {
        return name;
      }
    }

    @FunctionalInterface
    interface Read {
      Object read(StatecraftJson json, byte[] utf8, java.nio.file.Path dir) throws IOException;
    }

    static Stream<Entry> dossierEntries() {
      return Stream.of(
          new Entry("readDossier(String)", (j, b, d) -> j.readDossier(new String(b, StandardCharsets.UTF_8))),
          new Entry("readDossier(byte[])", (j, b, d) -> j.readDossier(b)),
          new Entry("readDossier(InputStream)", (j, b, d) -> j.readDossier(new ByteArrayInputStream(b))),
          new Entry("readDossier(InputStream, one byte per read)", (j, b, d) -> j.readDossier(Trickle.bytes(b))),
          new Entry("readDossier(Reader)", (j, b, d) -> j.readDossier(
              new java.io.StringReader(new String(b, StandardCharsets.UTF_8)))),
          new Entry("readDossier(Reader, one char per read)", (j, b, d) -> j.readDossier(
              Trickle.chars(new String(b, StandardCharsets.UTF_8)))),
          new Entry("readDossier(Path)", (j, b, d) -> {
            java.nio.file.Path file = Files.createTempFile(d, "dossier", ".json");
            Files.write(file, b);
            return j.readDossier(file);
          }));
    }

    static Stream<Entry> eventEntries() {
      return Stream.of(
          new Entry("readEvent(String)", (j, b, d) -> j.readEvent(new String(b, StandardCharsets.UTF_8))),
          new Entry("readEvent(byte[])", (j, b, d) -> j.readEvent(b)),
          new Entry("readEvent(InputStream)", (j, b, d) -> j.readEvent(new ByteArrayInputStream(b))),
          new Entry("readEvent(InputStream, one byte per read)", (j, b, d) -> j.readEvent(Trickle.bytes(b))),
          new Entry("readEvent(Reader)", (j, b, d) -> j.readEvent(
              new java.io.StringReader(new String(b, StandardCharsets.UTF_8)))),
          new Entry("readEvent(Reader, one char per read)", (j, b, d) -> j.readEvent(
              Trickle.chars(new String(b, StandardCharsets.UTF_8)))),
          new Entry("readEvent(Path)", (j, b, d) -> {
            java.nio.file.Path file = Files.createTempFile(d, "event", ".json");
            Files.write(file, b);
            return j.readEvent(file);
          }));
    }

    /** Every entry point in both modes, with the document it reads and the value that document holds. */
    private Stream<DynamicTest> everywhere(String behaviour, Case check) {
      byte[] dossier = FIXTURE.getBytes(StandardCharsets.UTF_8);
      Event event = ReliabilityFixture.dossier().events().get(0);
      byte[] single = STANDARD.writeEventAsBytes(event);
      return Stream.of(STANDARD, STRICT).flatMap(json -> {
        String mode = json.isStrict() ? "strict" : "tolerant";
        Stream<DynamicTest> dossiers = dossierEntries().map(entry -> named(behaviour + ": " + entry + ", " + mode,
            () -> check.check(b -> entry.read().read(json, b, files), dossier, ReliabilityFixture.dossier())));
        Stream<DynamicTest> events = eventEntries().map(entry -> named(behaviour + ": " + entry + ", " + mode,
            () -> check.check(b -> entry.read().read(json, b, files), single, event)));
        return Stream.concat(dossiers, events);
      });
    }

    @FunctionalInterface
    interface Case {
      void check(Reading read, byte[] document, Object value) throws Throwable;
    }

    @FunctionalInterface
    interface Reading {
      Object read(byte[] utf8) throws IOException;
    }

    private static byte[] concat(byte[]... parts) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (byte[] part : parts) {
        out.writeBytes(part);
      }
      return out.toByteArray();
    }

    private static byte[] utf8(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The document with {@code insert} put before the first occurrence of {@code marker}. */
    private static byte[] inserted(byte[] doc, String marker, byte[] insert) {
      String text = new String(doc, StandardCharsets.UTF_8);
      int at = text.indexOf(marker);
      assertThat(at).as("marker %s", marker).isPositive();
      return concat(utf8(text.substring(0, at)), insert, utf8(text.substring(at)));
    }

    private static void malformedAt(StatecraftJsonException e, String path) {
      assertThat(e.violations()).as(Rejections.describe(e)).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED);
      });
    }

    @TestFactory
    Stream<DynamicTest> ignores_one_leading_utf8_byte_order_mark() {
      return everywhere("leading BOM", (read, doc, value) ->
          assertThat(read.read(concat(BOM, doc))).isEqualTo(value));
    }

    @TestFactory
    Stream<DynamicTest> ignores_a_leading_byte_order_mark_before_white_space() {
      return everywhere("BOM, then white space", (read, doc, value) ->
          assertThat(read.read(concat(BOM, utf8(" \r\n\t"), doc))).isEqualTo(value));
    }

    @TestFactory
    Stream<DynamicTest> rejects_a_second_leading_byte_order_mark_as_malformed_at_the_root() {
      return everywhere("two BOMs", (read, doc, value) -> {
        StatecraftJsonException e = rejected(() -> read.read(concat(BOM, BOM, doc)));
        malformedAt(e, "$");
        assertThat(e.violations().get(0).message()).contains("byte order mark (U+FEFF) is allowed only as the very first");
      });
    }

    @TestFactory
    Stream<DynamicTest> rejects_a_byte_order_mark_after_leading_white_space_as_malformed_at_the_root() {
      return everywhere("white space, then BOM", (read, doc, value) ->
          malformedAt(rejected(() -> read.read(concat(utf8(" "), BOM, doc))), "$"));
    }

    @TestFactory
    Stream<DynamicTest> rejects_a_byte_order_mark_between_tokens_as_malformed_where_the_parser_stopped() {
      return everywhere("BOM between tokens", (read, doc, value) -> {
        StatecraftJsonException e = rejected(() -> read.read(inserted(doc, "\"schemaVersion\"", BOM)));
        malformedAt(e, "$");
        assertThat(e.violations().get(0).message()).contains("U+FEFF", "allowed only as the very first");
        // Where a value belongs, the parser has entered the property: the path is that property's.
        malformedAt(rejected(() -> read.read(inserted(doc, "1,", BOM))), "$.schemaVersion");
      });
    }

    @TestFactory
    Stream<DynamicTest> rejects_a_byte_order_mark_after_the_document_as_malformed() {
      return everywhere("BOM after the document", (read, doc, value) -> {
        StatecraftJsonException e = rejected(() -> read.read(concat(doc, BOM)));
        malformedAt(e, "$");
        assertThat(e.violations().get(0).message()).contains("byte order mark (U+FEFF) is allowed only as the very first");
      });
    }

    @TestFactory
    Stream<DynamicTest> rejects_a_document_that_is_only_a_byte_order_mark_as_empty() {
      return everywhere("only a BOM", (read, doc, value) -> {
        StatecraftJsonException e = rejected(() -> read.read(BOM));
        malformedAt(e, "$");
        assertThat(e.violations().get(0).message()).isEqualTo("the document is empty");
        malformedAt(rejected(() -> read.read(concat(BOM, utf8("  ")))), "$");
      });
    }

    @TestFactory
    Stream<DynamicTest> reads_u_feff_inside_a_string_as_text() {
      return everywhere("U+FEFF in a string", (read, doc, value) -> {
        Object read1 = read.read(concat(BOM, inserted(doc, "discuss peace", BOM)));
        assertThat(read1).isNotEqualTo(value);
        assertThat(STANDARD.writeEvent(read1 instanceof Dossier ? ((Dossier) read1).events().get(0) : (Event) read1))
            .contains("to " + BOM_TEXT + "discuss peace");
      });
    }

    static Stream<byte[]> utf16And32() {
      String doc = "{\"schemaVersion\":1}";
      return Stream.of(
          concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, doc.getBytes(StandardCharsets.UTF_16BE)),
          concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, doc.getBytes(StandardCharsets.UTF_16LE)),
          concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, doc.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))),
          concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, doc.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))),
          doc.getBytes(StandardCharsets.UTF_16BE),
          new byte[] {(byte) 0xFE, (byte) 0xFF});
    }

    @TestFactory
    Stream<DynamicTest> rejects_utf16_and_utf32_input_as_malformed_at_the_root_saying_it_must_be_utf8() {
      return Stream.of(STANDARD, STRICT).flatMap(json -> utf16And32().flatMap(input -> Stream.concat(
          dossierEntries().filter(e -> !e.name().contains("String") && !e.name().contains("Reader")),
          eventEntries().filter(e -> !e.name().contains("String") && !e.name().contains("Reader"))).map(entry ->
          named(entry + ", " + (json.isStrict() ? "strict" : "tolerant") + ", " + InvalidUtf8.hex(
              Arrays.copyOf(input, 4)), () -> {
            StatecraftJsonException e = rejected(() -> entry.read().read(json, input, files));
            malformedAt(e, "$");
            assertThat(e.violations().get(0).message()).startsWith("the input must be UTF-8")
                .endsWith("at byte offset 0");
          }))));
    }

    @Test
    void never_writes_a_byte_order_mark() {
      Dossier dossier = ReliabilityFixture.dossier();
      assertThat(STANDARD.writeDossierAsBytes(dossier)).startsWith((byte) '{');
      assertThat(STANDARD.writeDossier(dossier)).startsWith("{");
      assertThat(STANDARD.writeDossierPretty(dossier)).startsWith("{");
      assertThat(STANDARD.writeEventAsBytes(dossier.events().get(0))).startsWith((byte) '{');
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      STANDARD.writeDossier(dossier, out);
      assertThat(out.toByteArray()).startsWith((byte) '{');
    }
  }

  @Nested
  class Nesting {

    private static final int FAR = 100_000;

    private static String deep(String open, String close, int depth) {
      return open.repeat(depth) + close.repeat(depth);
    }

    /** The fixture with a first property {@code future} holding the raw JSON {@code rawValue}. */
    private static String withUnknownProperty(String rawValue) {
      return "{\"future\":" + rawValue + "," + FIXTURE.strip().substring(1);
    }

    @Test
    void rejects_100000_nested_arrays_in_an_ignored_property_as_limit_exceeded() {
      String doc = withUnknownProperty(deep("[", "]", FAR));
      rejected(() -> STANDARD.readDossier(doc), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STANDARD.readDossier(doc.getBytes(StandardCharsets.UTF_8)), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STRICT.readDossier(doc));
    }

    @Test
    void rejects_100000_nested_objects_in_an_ignored_property_as_limit_exceeded() {
      String doc = withUnknownProperty(deep("{\"a\":", "}", FAR).replace("\"a\":}", "\"a\":1}"));
      rejected(() -> STANDARD.readDossier(doc), ViolationCode.LIMIT_EXCEEDED);
    }

    @Test
    void rejects_100000_open_brackets_anywhere_without_a_stack_overflow() {
      String open = "[".repeat(FAR);
      rejected(() -> STANDARD.readDossier(open));
      rejected(() -> STANDARD.readEvent(open.getBytes(StandardCharsets.UTF_8)));
      rejected(() -> STANDARD.readDossier("{\"schemaVersion\":1,\"events\":" + open));
      rejected(() -> STANDARD.readDossier(replaced(path("events"), deep("[", "]", FAR))));
      rejected(() -> STANDARD.readDossier(replaced(path("events", 0, "visitors"), deep("[", "]", FAR))));
      rejected(() -> STANDARD.readEvent("{\"schemaVersion\":1,\"type\":\"visit\",\"visitors\":" + open));
    }

    @Test
    void rejects_nesting_just_beyond_the_limit_and_ignores_unknown_nesting_within_it() {
      rejected(() -> STANDARD.readDossier(withUnknownProperty(deep("[", "]", 40))), ViolationCode.LIMIT_EXCEEDED);
      assertThat(STANDARD.readDossier(withUnknownProperty(deep("[", "]", 20)))).isEqualTo(ReliabilityFixture.dossier());
    }
  }

  @Nested
  class Limits {

    @Test
    void rejects_a_string_beyond_the_parser_limit_as_limit_exceeded() {
      String doc = replacedText(path("source", "title"), "x".repeat(20_001));
      rejected(() -> STANDARD.readDossier(doc), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STANDARD.readDossier(doc.getBytes(StandardCharsets.UTF_8)), ViolationCode.LIMIT_EXCEEDED);
    }

    @Test
    void rejects_text_beyond_the_model_limit_as_too_long_at_its_path() {
      Path title = path("source", "title");
      rejected(() -> STANDARD.readDossier(replacedText(title, "x".repeat(1_001))), title.toString(), ViolationCode.TOO_LONG);
      Path summary = path("events", 2, "summary");
      rejected(() -> STANDARD.readDossier(replacedText(summary, "x".repeat(4_001))), summary.toString(),
          ViolationCode.TOO_LONG);
      Path value = path("organizations", 2, "externalIds", 1, "value");
      rejected(() -> STANDARD.readDossier(replacedText(value, "x".repeat(201))), value.toString(), ViolationCode.TOO_LONG);
    }

    @Test
    void accepts_text_at_the_model_limit() {
      Path summary = path("events", 2, "summary");
      Dossier d = STANDARD.readDossier(replacedText(summary, "x".repeat(4_000)));
      assertThat(d.events().get(2)).isNotEqualTo(ReliabilityFixture.dossier().events().get(2));
    }

    @Test
    void rejects_a_property_name_beyond_the_limit_as_limit_exceeded() {
      String doc = json(JsonCorpus.edited(TREE, Path.ROOT, (root, o) -> ((ObjectNode) o).put("n".repeat(101), 1)));
      rejected(() -> STANDARD.readDossier(doc), ViolationCode.LIMIT_EXCEEDED);
    }

    @Test
    void rejects_a_number_beyond_the_limit_as_limit_exceeded() {
      Path paragraph = path("events", 0, "provenance", 0, "paragraph");
      rejected(() -> STANDARD.readDossier(replaced(paragraph, "1".repeat(41))), ViolationCode.LIMIT_EXCEEDED);
      Path latitude = path("events", 0, "place", "coordinates", "latitude");
      rejected(() -> STANDARD.readDossier(replaced(latitude, "34." + "5".repeat(40))), ViolationCode.LIMIT_EXCEEDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "99999999999999999999", "0", "-1", "7"})
    void rejects_a_paragraph_out_of_range_at_its_path(String number) {
      Path paragraph = path("events", 0, "provenance", 0, "paragraph");
      StatecraftJsonException e = rejected(() -> STANDARD.readDossier(replaced(paragraph, number)));
      assertThat(e.violations()).as(Rejections.describe(e)).anyMatch(v -> v.path().equals(paragraph.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "-1e999", "90.0000001", "-91", "1E3"})
    void rejects_coordinates_out_of_range_at_their_path(String number) {
      Path latitude = path("events", 0, "place", "coordinates", "latitude");
      rejected(() -> STANDARD.readDossier(replaced(latitude, number)), latitude.toString(), ViolationCode.OUT_OF_RANGE);
    }

    @Test
    void rejects_a_document_beyond_16_mib_as_limit_exceeded() {
      String doc = "{" + " ".repeat(16 * 1024 * 1024) + FIXTURE.strip().substring(1);
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      rejected(() -> STANDARD.readDossier(bytes), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STANDARD.readDossier(new ByteArrayInputStream(bytes)), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STANDARD.readDossier(doc), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STANDARD.readDossier(new java.io.StringReader(doc)), ViolationCode.LIMIT_EXCEEDED);
      rejected(() -> STANDARD.readEvent(new ByteArrayInputStream(bytes)), ViolationCode.LIMIT_EXCEEDED);
    }

    @Test
    void reads_a_stream_of_exactly_16_mib_as_the_same_bytes() {
      String compact = FIXTURE.strip();
      int compactBytes = compact.getBytes(StandardCharsets.UTF_8).length;
      String doc = "{" + " ".repeat((int) org.statecraft.jackson.Limits.MAX_DOCUMENT_LENGTH - compactBytes) + compact.substring(1);
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes).hasSize((int) org.statecraft.jackson.Limits.MAX_DOCUMENT_LENGTH);
      assertThat(STANDARD.readDossier(new ByteArrayInputStream(bytes))).isEqualTo(STANDARD.readDossier(bytes));
      assertThat(STANDARD.readDossier(new java.io.StringReader(doc))).isEqualTo(STANDARD.readDossier(doc));
    }
  }

  @Nested
  class Dates {

    static Stream<Path> datePaths() {
      return Stream.of(path("events", 0, "when"), path("source", "published"), path("events", 4, "stages", 1, "when"),
          path("officials", 0, "positions", 0, "term"));
    }

    @TestFactory
    Stream<DynamicTest> rejects_impossible_dates_with_their_path() {
      Map<String, ViolationCode> cases = new LinkedHashMap<>();
      cases.put("2024-02-30", ViolationCode.OUT_OF_RANGE);
      cases.put("2023-02-29", ViolationCode.OUT_OF_RANGE);
      cases.put("2024-13", ViolationCode.OUT_OF_RANGE);
      cases.put("2024-00", ViolationCode.OUT_OF_RANGE);
      cases.put("0000", ViolationCode.OUT_OF_RANGE);
      cases.put("24-11-25", ViolationCode.INVALID_FORMAT);
      cases.put("2024-1", ViolationCode.INVALID_FORMAT);
      cases.put("2024-11-25T10:00", ViolationCode.INVALID_FORMAT);
      cases.put("25/11/2024", ViolationCode.INVALID_FORMAT);
      cases.put("", ViolationCode.INVALID_FORMAT);
      return datePaths().flatMap(at -> cases.entrySet().stream().map(c -> named(at + " = " + c.getKey(), () ->
          rejected(() -> STANDARD.readDossier(replacedText(at, c.getKey())), at.toString(), c.getValue()))));
    }

    @TestFactory
    Stream<DynamicTest> rejects_intervals_that_end_before_they_start_with_their_path() {
      List<Path> intervals = List.of(path("events", 0, "when"), path("events", 3, "when"),
          path("officials", 0, "positions", 0, "term"), path("events", 4, "stages", 0, "when"));
      return intervals.stream().flatMap(at -> Stream.of("2024-11-25/2024-11-24", "2024-11/2024-10", "2025/2024",
          "2024-11-25/2024-10").map(text -> named(at + " = " + text, () ->
              rejected(() -> STANDARD.readDossier(replacedText(at, text)), at.toString(), ViolationCode.END_BEFORE_START))));
    }

    @Test
    void rejects_malformed_intervals_with_their_path() {
      Path at = path("events", 0, "when");
      for (String text : List.of("2024/2025/2026", "/", "2024-11-25/", "../..../2024", "2024-11-25..2024-11-26")) {
        rejected(() -> STANDARD.readDossier(replacedText(at, text)), at.toString(), ViolationCode.INVALID_FORMAT);
      }
    }

    @Test
    void rejects_a_designation_stage_dated_before_an_earlier_stage() {
      Path stages = path("events", 4, "stages");
      String doc = json(JsonCorpus.edited(TREE, stages, (root, s) -> {
        ((ObjectNode) s.get(0)).put("when", "2024-11-20");
        ((ObjectNode) s.get(1)).put("when", "2024-11-01");
      }));
      rejected(() -> STANDARD.readDossier(doc), stages.child(1).child("when").toString(), ViolationCode.END_BEFORE_START);
    }
  }

  @Nested
  class ValueForms {

    private void rejectsText(Path at, String text, ViolationCode code) {
      rejected(() -> STANDARD.readDossier(replacedText(at, text)), at.toString(), code);
    }

    @Test
    void rejects_invalid_country_codes_with_their_path() {
      for (Path at : List.of(path("events", 0, "place", "country"), path("officials", 0, "nationalities", 0),
          path("organizations", 0, "country"))) {
        rejectsText(at, "ZZ", ViolationCode.UNKNOWN_VALUE);
        rejectsText(at, "AA", ViolationCode.UNKNOWN_VALUE);
        rejectsText(at, "af", ViolationCode.INVALID_FORMAT);
        rejectsText(at, "AFG", ViolationCode.INVALID_FORMAT);
        rejectsText(at, "A", ViolationCode.INVALID_FORMAT);
        rejectsText(at, "", ViolationCode.INVALID_FORMAT);
        rejectsText(at, "Ä1", ViolationCode.INVALID_FORMAT);
      }
    }

    @Test
    void rejects_invalid_identifiers_with_their_path() {
      List<Path> ids = List.of(path("officials", 0, "id"), path("organizations", 1, "id"), path("events", 0, "id"),
          path("source", "id"), path("events", 0, "visitors", 0, "official"), path("events", 3, "authority"),
          path("organizations", 1, "parent"), path("events", 2, "respondsTo"), path("events", 0, "provenance", 0, "source"));
      for (Path at : ids) {
        for (String bad : List.of("Ivan Envoy", "Envoy", "-envoy", "envoy-", "envoy--x", "envoy_x", "", " envoy",
            "x".repeat(101), "énvoy")) {
          rejectsText(at, bad, ViolationCode.INVALID_FORMAT);
        }
      }
    }

    @Test
    void rejects_invalid_external_identifiers_with_their_path() {
      Path wikidata = path("officials", 0, "externalIds", 0);
      rejectsText(wikidata.child("value"), "Q0313326", ViolationCode.INVALID_FORMAT);
      rejectsText(wikidata.child("value"), "313326", ViolationCode.INVALID_FORMAT);
      rejectsText(wikidata.child("value"), "q313326", ViolationCode.INVALID_FORMAT);
      rejectsText(wikidata.child("value"), "", ViolationCode.BLANK);
      rejectsText(wikidata.child("scheme"), "Wiki Data", ViolationCode.INVALID_FORMAT);
      rejectsText(wikidata.child("scheme"), "", ViolationCode.INVALID_FORMAT);
      Path un = path("organizations", 2, "externalIds", 0, "value");
      rejectsText(un, "TAe010", ViolationCode.INVALID_FORMAT);
      rejectsText(un, "TA.010", ViolationCode.INVALID_FORMAT);
      Path geonames = path("events", 0, "place", "gazetteerId", "value");
      rejectsText(geonames, "Kabul", ViolationCode.INVALID_FORMAT);
      rejectsText(geonames, "01138958", ViolationCode.INVALID_FORMAT);
      Path other = path("organizations", 2, "externalIds", 1, "value");
      rejectsText(other, " M 17", ViolationCode.INVALID_FORMAT);
      rejectsText(other, "   ", ViolationCode.BLANK);
    }

    @Test
    void rejects_invalid_language_tags_and_scripts_with_their_path() {
      for (Path at : List.of(path("source", "language"), path("officials", 0, "names", 1, "language"))) {
        for (String bad : List.of("EN", "en_US", "en-us", "und", "en--US", "", "e", "x-")) {
          rejectsText(at, bad, ViolationCode.INVALID_FORMAT);
        }
      }
      Path script = path("officials", 0, "names", 1, "script");
      for (String bad : List.of("cyrl", "CYRL", "Cyr", "Cyrillic", "")) {
        rejectsText(script, bad, ViolationCode.INVALID_FORMAT);
      }
    }
  }

  @Nested
  class References {

    private void rejectsReplaced(Path at, String value, String expectedPath, ViolationCode code) {
      rejected(() -> STANDARD.readDossier(replaced(at, value)), expectedPath, code);
    }

    @Test
    void rejects_dangling_references_with_their_path() {
      Path visitor = path("events", 0, "visitors", 0);
      rejectsReplaced(visitor, "{\"official\":\"nobody\"}", visitor.toString(), ViolationCode.DANGLING_REFERENCE);
      rejectsReplaced(visitor, "{\"organization\":\"nobody\"}", visitor.toString(), ViolationCode.DANGLING_REFERENCE);
      Path occasion = path("events", 1, "occasion");
      rejectsReplaced(occasion, "\"nothing\"", occasion.toString(), ViolationCode.DANGLING_REFERENCE);
      Path parent = path("organizations", 1, "parent");
      rejectsReplaced(parent, "\"nowhere\"", parent.toString(), ViolationCode.DANGLING_REFERENCE);
      Path source = path("events", 0, "provenance", 0, "source");
      rejectsReplaced(source, "\"elsewhere\"", source.toString(), ViolationCode.DANGLING_REFERENCE);
      Path attributedTo = path("events", 2, "provenance", 0, "attributedTo");
      rejectsReplaced(attributedTo, "{\"organization\":\"nobody\"}", attributedTo.toString(),
          ViolationCode.DANGLING_REFERENCE);
      Path affiliation = path("events", 1, "speaker", "affiliation");
      rejected(() -> STANDARD.readDossier(replaced(affiliation, "\"nobody\"")), ViolationCode.DANGLING_REFERENCE);
    }

    @Test
    void rejects_references_to_the_wrong_kind_with_their_path() {
      Path visitor = path("events", 0, "visitors", 0);
      rejectsReplaced(visitor, "{\"official\":\"movement\"}", visitor.toString(), ViolationCode.WRONG_KIND_REFERENCE);
      rejectsReplaced(visitor, "{\"organization\":\"envoy\"}", visitor.toString(), ViolationCode.WRONG_KIND_REFERENCE);
      Path respondsTo = path("events", 2, "respondsTo");
      rejectsReplaced(respondsTo, "\"envoy-visits\"", respondsTo.toString(), ViolationCode.WRONG_KIND_REFERENCE);
      Path authority = path("events", 3, "authority");
      rejectsReplaced(authority, "\"envoy\"", authority.toString(), ViolationCode.WRONG_KIND_REFERENCE);
      Path organization = path("officials", 0, "positions", 0, "organization");
      rejectsReplaced(organization, "\"minister\"", organization.toString(), ViolationCode.WRONG_KIND_REFERENCE);
      Path announcedBy = path("events", 4, "stages", 1, "announcedBy");
      rejectsReplaced(announcedBy, "\"envoy-visits\"", announcedBy.toString(), ViolationCode.WRONG_KIND_REFERENCE);
    }

    @Test
    void rejects_a_cycle_of_parents_and_a_paragraph_beyond_the_source() {
      String doc = json(JsonCorpus.edited(TREE, path("organizations", 0),
          (root, o) -> ((ObjectNode) o).put("parent", "security-council")));
      StatecraftJsonException e = rejected(() -> STANDARD.readDossier(doc), ViolationCode.CYCLE);
      assertThat(e.violations()).filteredOn(v -> v.code() == ViolationCode.CYCLE).isNotEmpty()
          .allSatisfy(v -> assertThat(v.path()).matches("\\$\\.organizations\\[[01]\\]\\.parent"));
      Path paragraph = path("events", 0, "provenance", 0, "paragraph");
      rejectsReplaced(paragraph, "7", paragraph.toString(), ViolationCode.OUT_OF_RANGE);
    }

    @Test
    void rejects_duplicate_ids_with_the_path_of_the_later_one() {
      rejectsReplaced(path("events", 3, "id"), "\"envoy-visits\"", "$.events[3].id", ViolationCode.DUPLICATE_ID);
      // An id shared by an official and an organization is reported once, at whichever the
      // dossier meets second.
      StatecraftJsonException shared = rejected(() -> STANDARD.readDossier(replaced(path("officials", 1, "id"),
          "\"movement\"")), ViolationCode.DUPLICATE_ID);
      assertThat(shared.violations()).filteredOn(v -> v.code() == ViolationCode.DUPLICATE_ID).singleElement()
          .satisfies(v -> assertThat(v.path()).isIn("$.officials[1].id", "$.organizations[2].id"));
      rejectsReplaced(path("organizations", 3, "id"), "\"northland\"", "$.organizations[3].id",
          ViolationCode.DUPLICATE_ID);
      rejectsReplaced(path("otherSources", 0, "id"), "\"report\"", "$.otherSources[0].id", ViolationCode.DUPLICATE_ID);
    }

    @Test
    void does_not_resolve_references_of_a_single_event() {
      Event answer = ReliabilityFixture.dossier().events().get(2);
      ObjectNode event = (ObjectNode) JsonCorpus.parse(STANDARD.writeEvent(answer));
      event.put("respondsTo", "somewhere-else");
      assertThat(STANDARD.readEvent(json(event)).id()).isEqualTo(answer.id());
    }
  }

  @Nested
  class ClosedVocabulary {

    @Test
    void rejects_values_outside_each_closed_vocabulary_in_both_modes_listing_the_accepted_ones() {
      Map<Path, List<String>> cases = new LinkedHashMap<>();
      cases.put(path("organizations", 0, "kind"), List.of("empire", "STATE", "State", "political_movement"));
      cases.put(path("events", 3, "measures", 0), List.of("asset_freeze", "ASSET_FREEZE", "Asset-Freeze", "freeze"));
      cases.put(path("events", 3, "status"), List.of("active", "in_force"));
      cases.put(path("events", 1, "kind"), List.of("demand", "Request"));
      cases.put(path("officials", 0, "names", 0, "kind"), List.of("nickname", "weak_alias"));
      cases.put(path("events", 0, "provenance", 0, "basis"), List.of("rumoured", "Stated"));
      cases.put(path("events", 4, "action"), List.of("suspension"));
      cases.put(path("events", 4, "stages", 0, "stage"), List.of("drafted", "in_force"));
      cases.put(path("officials", 0, "positions", 0, "status"), List.of("retired", "CURRENT"));
      cases.forEach((at, values) -> {
        String accepted = JsonCorpus.at(TREE, at).asText();
        for (String value : values) {
          for (StatecraftJson reader : List.of(STANDARD, STRICT)) {
            StatecraftJsonException e = rejected(() -> reader.readDossier(replacedText(at, value)), at.toString(),
                ViolationCode.UNKNOWN_VALUE);
            assertThat(e.violations()).filteredOn(v -> v.path().equals(at.toString()))
                .allSatisfy(v -> assertThat(v.message()).contains(accepted));
          }
        }
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "0", "-1", "100"})
    void rejects_an_unsupported_schema_version_as_unknown_value(String version) {
      rejected(() -> STANDARD.readDossier(replaced(path("schemaVersion"), version)), "$.schemaVersion",
          ViolationCode.UNKNOWN_VALUE);
    }
  }
}
