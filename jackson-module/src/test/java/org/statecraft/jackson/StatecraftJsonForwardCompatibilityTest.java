package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statecraft.jackson.Rejections.named;
import static org.statecraft.jackson.Rejections.rejected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.jackson.JsonCorpus.Path;
import org.statecraft.jackson.JsonCorpus.Site;

/**
 * Forward compatibility: a document from a newer release that only adds properties is read by
 * the tolerant reader ({@link StatecraftJson#standard()}) as if the additions were not there, and
 * rejected by the strict reader ({@link StatecraftJson#strict()}) with the path of every addition.
 */
class StatecraftJsonForwardCompatibilityTest {

  private static final StatecraftJson STANDARD = StatecraftJson.standard();
  private static final StatecraftJson STRICT = StatecraftJson.strict();
  private static final JsonNode TREE = JsonCorpus.parse(ReliabilityFixture.json());
  private static final String ADDED = "addedInALaterRelease";

  /** What a later release might add: a nested value of every JSON type. */
  private static JsonNode addition() {
    return JsonCorpus.parse("{\"nested\":[1,-2.5e3,\"two\",null,true,{\"deep\":[[]]}],\"type\":\"visit\",\"@class\":\"x\"}");
  }

  private static String withAddition(Path at) {
    return JsonCorpus.write(JsonCorpus.edited(TREE, at, (root, o) -> ((ObjectNode) o).set(ADDED, addition())));
  }

  @TestFactory
  Stream<DynamicTest> tolerant_reader_ignores_an_added_property_in_every_object() {
    List<Site> objects = JsonCorpus.objects(TREE);
    assertThat(objects).hasSizeGreaterThan(40);
    return objects.stream().map(o -> named(o.path() + " with an added property",
        () -> assertThat(STANDARD.readDossier(withAddition(o.path()))).isEqualTo(ReliabilityFixture.dossier())));
  }

  @TestFactory
  Stream<DynamicTest> strict_reader_rejects_an_added_property_in_every_object_with_its_path() {
    return JsonCorpus.objects(TREE).stream().map(o -> named(o.path() + " with an added property", () -> {
      StatecraftJsonException e = rejected(() -> STRICT.readDossier(withAddition(o.path())));
      assertThat(e.violations()).extracting(Violation::path, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(o.path().child(ADDED).toString(),
              ViolationCode.UNKNOWN_PROPERTY));
    }));
  }

  @Test
  void strict_reader_reports_every_added_property_at_once() {
    JsonNode everywhere = TREE.deepCopy();
    List<Site> objects = JsonCorpus.objects(everywhere);
    for (Site o : objects) {
      ((ObjectNode) o.node()).put(ADDED, 1);
    }
    String doc = JsonCorpus.write(everywhere);
    assertThat(STANDARD.readDossier(doc)).isEqualTo(ReliabilityFixture.dossier());
    StatecraftJsonException e = rejected(() -> STRICT.readDossier(doc));
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_PROPERTY));
    // Every addition outside the events is reported, and within each event at least the first.
    assertThat(e.violations()).extracting(Violation::path)
        .contains("$." + ADDED, "$.source." + ADDED, "$.officials[0].names[1]." + ADDED, "$.events[0]." + ADDED);
  }

  @Test
  void tolerant_reader_ignores_a_property_of_another_event_type_and_strict_reader_rejects_it() {
    Path visit = new Path(List.of("events", 0));
    String doc = JsonCorpus.write(JsonCorpus.edited(TREE, visit, (root, o) -> ((ObjectNode) o).putArray("measures").add("asset-freeze")));
    assertThat(STANDARD.readDossier(doc)).isEqualTo(ReliabilityFixture.dossier());
    rejected(() -> STRICT.readDossier(doc), "$.events[0].measures", ViolationCode.UNKNOWN_PROPERTY);
  }

  @Test
  void names_a_property_that_is_not_a_plain_identifier_in_brackets() {
    for (String name : List.of("@class", "with space", "x.y", "")) {
      String doc = JsonCorpus.write(JsonCorpus.edited(TREE, Path.ROOT, (root, o) -> ((ObjectNode) o).put(name, 1)));
      assertThat(STANDARD.readDossier(doc)).isEqualTo(ReliabilityFixture.dossier());
      rejected(() -> STRICT.readDossier(doc), "$['" + name + "']", ViolationCode.UNKNOWN_PROPERTY);
    }
  }

  @Test
  void single_event_readers_treat_added_properties_the_same_way() {
    for (Event event : ReliabilityFixture.dossier().events()) {
      ObjectNode tree = (ObjectNode) JsonCorpus.parse(STANDARD.writeEvent(event));
      tree.set(ADDED, addition());
      String doc = JsonCorpus.write(tree);
      assertThat(STANDARD.readEvent(doc)).isEqualTo(event);
      rejected(() -> STRICT.readEvent(doc), "$." + ADDED, ViolationCode.UNKNOWN_PROPERTY);
    }
  }

  @Test
  void an_added_property_does_not_change_what_is_written() {
    Dossier read = STANDARD.readDossier(withAddition(new Path(List.of("events", 2))));
    assertThat(STANDARD.writeDossierPretty(read)).isEqualTo(ReliabilityFixture.json());
  }
}
