package org.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.ExternalId;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.Provenance;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.SourceId;

/** The shape of {@link KabulFixtures}: its ids, accessors and dossier agree with one another. */
class KabulFixturesTest {

  private final Dossier dossier = KabulFixtures.dossier();

  @Test
  void dossier_holds_every_entity_and_event_once() {
    assertThat(dossier.officials()).hasSize(2);
    assertThat(dossier.organizations()).hasSize(9);
    assertThat(dossier.events()).hasSize(15);
    assertThat(dossier.source()).isSameAs(KabulFixtures.report());
    assertThat(dossier.otherSources()).isEqualTo(KabulFixtures.otherSources());
  }

  @Test
  void every_id_constant_resolves_in_the_dossier() throws IllegalAccessException {
    List<Object> ids = constantsOfType(Object.class);
    int resolved = 0;
    for (Object id : ids) {
      if (id instanceof OfficialId) {
        assertThat(dossier.official((OfficialId) id)).as(id.toString()).isPresent();
        resolved++;
      } else if (id instanceof OrganizationId) {
        assertThat(dossier.organization((OrganizationId) id)).as(id.toString()).isPresent();
        resolved++;
      } else if (id instanceof EventId) {
        assertThat(dossier.event((EventId) id)).as(id.toString()).isPresent();
        resolved++;
      } else if (id instanceof SourceId) {
        assertThat(allSources()).extracting(SourceDocument::id).as(id.toString()).contains((SourceId) id);
        resolved++;
      }
    }
    assertThat(resolved).isEqualTo(2 + 9 + 15 + 6);
  }

  @Test
  void every_entity_and_event_of_the_dossier_has_a_public_constant() throws IllegalAccessException {
    List<Object> ids = constantsOfType(Object.class);
    dossier.officials().forEach(o -> assertThat(ids).contains(o.id()));
    dossier.organizations().forEach(o -> assertThat(ids).contains(o.id()));
    dossier.events().forEach(e -> assertThat(ids).contains(e.id()));
    allSources().forEach(s -> assertThat(ids).contains(s.id()));
  }

  @Test
  void every_accessor_returns_the_dossiers_own_value() throws ReflectiveOperationException {
    int checked = 0;
    for (Method m : KabulFixtures.class.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) {
        continue;
      }
      Object value = m.invoke(null);
      assertThat(m.invoke(null)).as(m.getName() + " is built once").isSameAs(value);
      if (value instanceof Event) {
        assertThat(dossier.event(((Event) value).id())).as(m.getName()).containsSame((Event) value);
        checked++;
      } else if (value instanceof Official) {
        assertThat(dossier.official(((Official) value).id())).as(m.getName()).containsSame((Official) value);
        checked++;
      } else if (value instanceof Organization) {
        assertThat(dossier.organization(((Organization) value).id())).as(m.getName())
            .containsSame((Organization) value);
        checked++;
      }
    }
    assertThat(checked).as("one accessor per entity and event").isEqualTo(2 + 9 + 15);
  }

  @Test
  void every_external_identifier_is_cited_to_a_source_of_its_own() {
    List<Provenance> citations = new ArrayList<>();
    List<ExternalId> externalIds = new ArrayList<>();
    for (Official o : dossier.officials()) {
      externalIds.addAll(o.externalIds());
      if (!o.externalIds().isEmpty()) {
        citations.addAll(o.provenance());
      }
    }
    for (Organization o : dossier.organizations()) {
      externalIds.addAll(o.externalIds());
      if (!o.externalIds().isEmpty()) {
        assertThat(o.provenance()).as(o.id().value())
            .anyMatch(p -> !p.source().equals(KabulFixtures.REPORT));
      }
    }
    assertThat(externalIds).hasSize(4);
    assertThat(citations).anyMatch(p -> p.source().equals(KabulFixtures.UN_TRAVEL_BAN_EXEMPTION_REPORT));
    for (SourceDocument other : dossier.otherSources()) {
      assertThat(other.url()).as(other.id().value()).isPresent();
    }
  }

  @Test
  void report_is_described_as_six_english_paragraphs() {
    SourceDocument report = KabulFixtures.report();
    assertThat(report.id()).isEqualTo(KabulFixtures.REPORT);
    assertThat(report.paragraphCount()).hasValue(6);
    assertThat(report.language().orElseThrow().tag()).isEqualTo("en");
  }

  @Test
  void class_cannot_be_instantiated_nor_extended() throws NoSuchMethodException {
    assertThat(Modifier.isFinal(KabulFixtures.class.getModifiers())).isTrue();
    assertThat(KabulFixtures.class.getConstructors()).isEmpty();
    assertThat(Modifier.isPrivate(KabulFixtures.class.getDeclaredConstructor().getModifiers())).isTrue();
  }

  private List<SourceDocument> allSources() {
    List<SourceDocument> all = new ArrayList<>();
    all.add(dossier.source());
    all.addAll(dossier.otherSources());
    return all;
  }

  private static <T> List<T> constantsOfType(Class<T> type) throws IllegalAccessException {
    List<T> out = new ArrayList<>();
    for (Field f : KabulFixtures.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()) && type.isInstance(f.get(null))) {
        out.add(type.cast(f.get(null)));
      }
    }
    return out;
  }
}
