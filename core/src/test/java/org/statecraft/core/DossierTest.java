package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.BARADAR;
import static org.statecraft.core.TestData.NOV_25;
import static org.statecraft.core.TestData.RUSSIA;
import static org.statecraft.core.TestData.SHOIGU;
import static org.statecraft.core.TestData.SOURCE;
import static org.statecraft.core.TestData.STATED;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.USA;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.interval;
import static org.statecraft.core.TestData.step;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DossierTest {

  static final UnnamedGroup TALIBAN_OFFICIALS = UnnamedGroup.of("Taliban officials", TALIBAN);
  static final EventId VISIT = EventId.of("visit");
  static final EventId REQUEST = EventId.of("request");
  static final EventId ANSWER = EventId.of("answer");

  /** A valid dossier: 2 officials, 3 organizations, 5 events. */
  static Dossier.Builder base() {
    return Dossier.builder()
        .source(SourceDocument.builder().id(SOURCE).title("Kabul").paragraphCount(6).build())
        .addOfficials(TestData.official(SHOIGU), TestData.official(BARADAR))
        .addOrganizations(TestData.organization(TALIBAN), TestData.organization(RUSSIA), TestData.organization(USA))
        .addEvent(TestData.visit("visit").addHost(TALIBAN).build())
        .addEvent(TestData.statement("request").speaker(TALIBAN_OFFICIALS).kind(StatementKind.REQUEST)
            .addAddressee(RUSSIA).occasion(VISIT).build())
        .addEvent(TestData.statement("answer").respondsTo(REQUEST).occasion(VISIT).build())
        .addEvent(TestData.sanction("sanctions").build())
        .addEvent(TestData.designation("delisting").stages(List.of(DesignationStep.builder()
            .stage(DesignationStage.ANNOUNCED).when(NOV_25).announcedBy(ANSWER).addProvenance(STATED).build())).build());
  }

  @Test
  void a_consistent_dossier_builds() {
    Dossier d = base().build();
    assertThat(d.officials()).hasSize(2);
    assertThat(d.organizations()).hasSize(3);
    assertThat(d.events()).hasSize(5);
    assertThat(d.otherSources()).isEmpty();
  }

  @Nested
  class Integrity {

    @Test
    void officials_and_organizations_share_one_id_space() {
      // reported at the repeat, in dossier order: officials come before organizations
      assertViolations(() -> base().addOrganization(TestData.organization(OrganizationId.of("sergei-shoigu"))).build())
          .containsExactly(tuple("organizations[3].id", ViolationCode.DUPLICATE_ID));
      assertViolations(() -> base().addOfficial(TestData.official(OfficialId.of("russia"))).build())
          .containsExactly(tuple("organizations[1].id", ViolationCode.DUPLICATE_ID));
    }

    @Test
    void rejects_duplicate_officials_and_organizations() {
      assertViolations(() -> base().addOfficial(TestData.official(SHOIGU)).addOrganization(TestData.organization(USA)).build())
          .containsExactlyInAnyOrder(tuple("officials[2].id", ViolationCode.DUPLICATE_ID),
              tuple("organizations[3].id", ViolationCode.DUPLICATE_ID));
    }

    @Test
    void rejects_duplicate_events() {
      assertViolations(() -> base().addEvent(TestData.sanction("visit").build()).build())
          .containsExactly(tuple("events[5].id", ViolationCode.DUPLICATE_ID));
    }

    @Test
    void rejects_duplicate_sources() {
      assertViolations(() -> base().addOtherSources(TestData.source(SourceId.of("wikidata")), TestData.source(SOURCE),
              TestData.source(SourceId.of("wikidata"))).build())
          .containsExactly(tuple("otherSources[1].id", ViolationCode.DUPLICATE_ID),
              tuple("otherSources[2].id", ViolationCode.DUPLICATE_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.statecraft.core.DossierTest#references")
    void reports_a_dangling_reference_with_its_path(Reference ref) {
      Dossier.Builder b = base();
      ref.add.accept(b, "ghost");
      assertViolations(b::build).containsExactly(tuple(ref.path, ViolationCode.DANGLING_REFERENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.statecraft.core.DossierTest#typedReferences")
    void reports_a_reference_to_the_wrong_kind_with_its_path(Reference ref) {
      Dossier.Builder b = base();
      ref.add.accept(b, ref.target.wrongId);
      assertViolations(b::build).containsExactly(tuple(ref.path, ViolationCode.WRONG_KIND_REFERENCE));
    }

    @Test
    void an_organization_reference_to_an_event_is_the_wrong_kind() {
      assertViolations(() -> base().addEvent(TestData.sanction("extra").authority(OrganizationId.of("visit")).build()).build())
          .containsExactly(tuple("events[5].authority", ViolationCode.WRONG_KIND_REFERENCE));
    }

    @Test
    void an_occasion_may_be_any_event() {
      assertThat(base().addEvent(TestData.statement("extra").occasion(EventId.of("sanctions")).build()).build().events()).hasSize(6);
    }

    @Test
    void rejects_a_cycle_of_parents() {
      Organization a = Organization.builder().from(TestData.organization(OrganizationId.of("a"))).parent(OrganizationId.of("b")).build();
      Organization b = Organization.builder().from(TestData.organization(OrganizationId.of("b"))).parent(OrganizationId.of("c")).build();
      Organization c = Organization.builder().from(TestData.organization(OrganizationId.of("c"))).parent(OrganizationId.of("a")).build();
      assertViolations(() -> base().addOrganizations(a, b, c).build()).containsExactly(
          tuple("organizations[3].parent", ViolationCode.CYCLE), tuple("organizations[4].parent", ViolationCode.CYCLE),
          tuple("organizations[5].parent", ViolationCode.CYCLE));
    }

    @Test
    void a_chain_of_parents_ending_in_a_cycle_is_reported_too() {
      Organization a = Organization.builder().from(TestData.organization(OrganizationId.of("a"))).parent(OrganizationId.of("b")).build();
      Organization b = Organization.builder().from(TestData.organization(OrganizationId.of("b"))).parent(OrganizationId.of("c")).build();
      Organization c = Organization.builder().from(TestData.organization(OrganizationId.of("c"))).parent(OrganizationId.of("b")).build();
      assertViolations(() -> base().addOrganizations(a, b, c).build()).containsExactly(
          tuple("organizations[3].parent", ViolationCode.CYCLE), tuple("organizations[4].parent", ViolationCode.CYCLE),
          tuple("organizations[5].parent", ViolationCode.CYCLE));
    }

    @Test
    void accepts_a_chain_of_parents() {
      Organization council = Organization.builder().from(TestData.organization(OrganizationId.of("security-council")))
          .parent(RUSSIA).build();
      Organization office = Organization.builder().from(TestData.organization(OrganizationId.of("secretariat")))
          .parent(OrganizationId.of("security-council")).build();
      assertThat(base().addOrganizations(office, council).build().organization(OrganizationId.of("secretariat"))).isPresent();
    }

    @Test
    void rejects_a_paragraph_beyond_the_sources_paragraph_count() {
      assertViolations(() -> base().addEvent(TestData.sanction("extra").provenance(List.of(Provenance.stated(SOURCE, 7))).build()).build())
          .containsExactly(tuple("events[5].provenance[0].paragraph", ViolationCode.OUT_OF_RANGE));
      assertThat(base().addEvent(TestData.sanction("extra").provenance(List.of(Provenance.stated(SOURCE, 6))).build()).build()
          .events()).hasSize(6);
    }

    @Test
    void any_paragraph_is_accepted_when_the_count_is_unknown() {
      SourceId other = SourceId.of("other");
      assertThat(base().addOtherSource(TestData.source(other))
          .addEvent(TestData.sanction("extra").provenance(List.of(Provenance.stated(other, 900))).build()).build().events()).hasSize(6);
    }

    @Test
    void checks_paragraphs_against_the_cited_source() {
      SourceId other = SourceId.of("other");
      assertViolations(() -> base().addOtherSource(SourceDocument.builder().id(other).title("t").paragraphCount(2).build())
          .addOfficial(Official.builder().from(TestData.official(OfficialId.of("x"))).addProvenance(Provenance.stated(other, 3))
              .addProvenance(Provenance.stated(SOURCE, 3)).build()).build())
          .containsExactly(tuple("officials[2].provenance[0].paragraph", ViolationCode.OUT_OF_RANGE));
    }

    @Test
    void reports_several_violations_at_once() {
      assertViolations(() -> base()
              .addOfficial(TestData.official(SHOIGU))
              .addEvent(TestData.visit("extra").visitors(List.of(OfficialId.of("ghost"), OfficialId.of("taliban")))
                  .addHost(OrganizationId.of("nobody")).build())
              .addEvent(TestData.statement("extra").respondsTo(VISIT).addProvenance(Provenance.stated(SOURCE, 99)).build())
              .build())
          .containsExactlyInAnyOrder(
              tuple("officials[2].id", ViolationCode.DUPLICATE_ID),
              tuple("events[6].id", ViolationCode.DUPLICATE_ID),
              tuple("events[5].visitors[0]", ViolationCode.DANGLING_REFERENCE),
              tuple("events[5].visitors[1]", ViolationCode.WRONG_KIND_REFERENCE),
              tuple("events[5].hosts[0]", ViolationCode.DANGLING_REFERENCE),
              tuple("events[6].respondsTo", ViolationCode.WRONG_KIND_REFERENCE),
              tuple("events[6].provenance[1].paragraph", ViolationCode.OUT_OF_RANGE));
    }

    @Test
    void messages_say_what_the_reference_is() {
      assertThatThrownBy(() -> base().addEvent(TestData.statement("extra").respondsTo(VISIT).build()).build())
          .hasMessageContaining("events[5].respondsTo: 'visit' is a visit, not a statement");
    }
  }

  enum Target {
    ORGANIZATION("sergei-shoigu"), OFFICIAL("taliban"), EVENT("taliban"), STATEMENT("visit"), SOURCE(null);

    final String wrongId;

    Target(String wrongId) {
      this.wrongId = wrongId;
    }
  }

  /** One reference field: where it is, what it must point to, and how to add an element holding the given id there. */
  static final class Reference {
    final String path;
    final Target target;
    final BiConsumer<Dossier.Builder, String> add;
    final String label;

    Reference(String label, String path, Target target, BiConsumer<Dossier.Builder, String> add) {
      this.label = label;
      this.path = path;
      this.target = target;
      this.add = add;
    }

    @Override
    public String toString() {
      return label + " -> " + path;
    }
  }

  static Organization.Builder org() {
    return Organization.builder().from(TestData.organization(OrganizationId.of("extra")));
  }

  static Official.Builder off() {
    return Official.builder().from(TestData.official(OfficialId.of("extra")));
  }

  static Position.Builder position() {
    return Position.builder().title("t").organization(TALIBAN).status(PositionStatus.CURRENT);
  }

  static Stream<Reference> references() {
    return Stream.of(
        new Reference("organization parent", "organizations[3].parent", Target.ORGANIZATION,
            (b, id) -> b.addOrganization(org().parent(OrganizationId.of(id)).build())),
        new Reference("organization provenance source", "organizations[3].provenance[0].source", Target.SOURCE,
            (b, id) -> b.addOrganization(org().addProvenance(Provenance.stated(SourceId.of(id), 1)).build())),
        new Reference("organization provenance reporter", "organizations[3].provenance[0].attributedTo", Target.OFFICIAL,
            (b, id) -> b.addOrganization(org().addProvenance(Provenance.reported(SOURCE, 1, OfficialId.of(id))).build())),
        new Reference("organization provenance reporter's affiliation", "organizations[3].provenance[0].attributedTo.affiliation",
            Target.ORGANIZATION, (b, id) -> b.addOrganization(org()
                .addProvenance(Provenance.assessed(SOURCE, 1, UnnamedGroup.of("analysts", OrganizationId.of(id)))).build())),
        new Reference("position organization", "officials[2].positions[0].organization", Target.ORGANIZATION,
            (b, id) -> b.addOfficial(off().addPosition(position().organization(OrganizationId.of(id)).build()).build())),
        new Reference("position provenance source", "officials[2].positions[0].provenance[0].source", Target.SOURCE,
            (b, id) -> b.addOfficial(off().addPosition(position().addProvenance(Provenance.stated(SourceId.of(id), 1)).build()).build())),
        new Reference("official provenance source", "officials[2].provenance[0].source", Target.SOURCE,
            (b, id) -> b.addOfficial(off().addProvenance(Provenance.stated(SourceId.of(id), 1)).build())),
        new Reference("event provenance source", "events[5].provenance[0].source", Target.SOURCE,
            (b, id) -> b.addEvent(TestData.visit("extra").provenance(List.of(Provenance.stated(SourceId.of(id), 1))).build())),
        new Reference("event provenance reporter", "events[5].provenance[1].attributedTo", Target.OFFICIAL,
            (b, id) -> b.addEvent(TestData.visit("extra").addProvenance(Provenance.reported(SOURCE, 1, OfficialId.of(id))).build())),
        new Reference("visitor", "events[5].visitors[0]", Target.OFFICIAL,
            (b, id) -> b.addEvent(TestData.visit("extra").visitors(List.of(OfficialId.of(id))).build())),
        new Reference("visitor's affiliation", "events[5].visitors[1].affiliation", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.visit("extra").addVisitor(UnnamedGroup.of("delegation", OrganizationId.of(id))).build())),
        new Reference("host", "events[5].hosts[0]", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.visit("extra").addHost(OrganizationId.of(id)).build())),
        new Reference("speaker", "events[5].speaker", Target.OFFICIAL,
            (b, id) -> b.addEvent(TestData.statement("extra").speaker(OfficialId.of(id)).build())),
        new Reference("speaker's affiliation", "events[5].speaker.affiliation", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.statement("extra").speaker(UnnamedGroup.of("officials", OrganizationId.of(id))).build())),
        new Reference("addressee", "events[5].addressees[0]", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.statement("extra").addAddressee(OrganizationId.of(id)).build())),
        new Reference("statement subject", "events[5].subjects[0]", Target.OFFICIAL,
            (b, id) -> b.addEvent(TestData.statement("extra").addSubject(OfficialId.of(id)).build())),
        new Reference("occasion", "events[5].occasion", Target.EVENT,
            (b, id) -> b.addEvent(TestData.statement("extra").occasion(EventId.of(id)).build())),
        new Reference("responds to", "events[5].respondsTo", Target.STATEMENT,
            (b, id) -> b.addEvent(TestData.statement("extra").respondsTo(EventId.of(id)).build())),
        new Reference("sanction authority", "events[5].authority", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.sanction("extra").authority(OrganizationId.of(id)).build())),
        new Reference("sanction target", "events[5].targets[1]", Target.OFFICIAL,
            (b, id) -> b.addEvent(TestData.sanction("extra").addTarget(OfficialId.of(id)).build())),
        new Reference("designation authority", "events[5].authority", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.designation("extra").authority(OrganizationId.of(id)).build())),
        new Reference("designation subject", "events[5].subject", Target.OFFICIAL,
            (b, id) -> b.addEvent(TestData.designation("extra").subject(OfficialId.of(id)).build())),
        new Reference("designation subject (organization)", "events[5].subject", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.designation("extra").subject(OrganizationId.of(id)).build())),
        new Reference("step announced by", "events[5].stages[0].announcedBy", Target.STATEMENT,
            (b, id) -> b.addEvent(TestData.designation("extra").stages(List.of(DesignationStep.builder()
                .stage(DesignationStage.ANNOUNCED).announcedBy(EventId.of(id)).build())).build())),
        new Reference("step provenance source", "events[5].stages[0].provenance[0].source", Target.SOURCE,
            (b, id) -> b.addEvent(TestData.designation("extra").stages(List.of(DesignationStep.builder()
                .stage(DesignationStage.ANNOUNCED).addProvenance(Provenance.stated(SourceId.of(id), 1)).build())).build())),
        new Reference("step provenance reporter", "events[5].stages[0].provenance[0].attributedTo", Target.ORGANIZATION,
            (b, id) -> b.addEvent(TestData.designation("extra").stages(List.of(DesignationStep.builder()
                .stage(DesignationStage.ANNOUNCED).addProvenance(Provenance.reported(SOURCE, 5, OrganizationId.of(id))).build()))
                .build())));
  }

  static Stream<Reference> typedReferences() {
    return references().filter(r -> r.target != Target.SOURCE);
  }

  @Nested
  class Queries {

    Event event(String id, String when) {
      return TestData.sanction(id).when(interval(when)).build();
    }

    @Test
    void timeline_sorts_partial_dates_and_puts_unknown_dates_last_keeping_ties_in_order() {
      Dossier d = base().events(List.of(
              event("unknown-1", "../.."), event("day-2", "2024-11-25"), event("month", "2024-11"),
              event("year", "2024"), event("until", "../2024-11-20"), event("day-1", "2024-11-25"),
              event("unknown-2", "../.."), event("open", "2021-08/.."), event("day-longer", "2024-11-25/2024-11-27"),
              event("day-ongoing", "2024-11-25/..")))
          .build();
      assertThat(d.timeline()).extracting(e -> e.id().value()).containsExactly(
          "open", "year", "month", "until", "day-2", "day-1", "day-longer", "day-ongoing", "unknown-1", "unknown-2");
      assertThat(d.events()).extracting(e -> e.id().value()).startsWith("unknown-1", "day-2");
    }

    @Test
    void events_of_a_type_come_in_timeline_order() {
      Dossier d = base().build();
      assertThat(d.events(Statement.class)).extracting(s -> s.id().value()).containsExactly("request", "answer");
      assertThat(d.events(Visit.class)).extracting(Visit::id).containsExactly(VISIT);
      assertThat(d.events(Sanction.class)).extracting(s -> s.id().value()).containsExactly("sanctions");
      // every event is anchored on 2024-11-25 and ends then: ties keep the dossier's order
      assertThat(d.timeline()).isEqualTo(d.events());
    }

    @Test
    void looks_up_by_id_and_type() {
      Dossier d = base().build();
      assertThat(d.official(SHOIGU)).map(Official::id).contains(SHOIGU);
      assertThat(d.official(OfficialId.of("taliban"))).isEmpty();
      assertThat(d.organization(TALIBAN)).map(Organization::id).contains(TALIBAN);
      assertThat(d.organization(OrganizationId.of("ghost"))).isEmpty();
      assertThat(d.event(VISIT)).map(Event::type).contains(EventType.VISIT);
      assertThat(d.event(VISIT, Visit.class)).isPresent();
      assertThat(d.event(VISIT, Statement.class)).isEmpty();
      assertThat(d.event(EventId.of("ghost"))).isEmpty();
    }

    @Test
    void events_involving_an_official() {
      Dossier d = base().build();
      assertThat(d.eventsInvolving(SHOIGU)).extracting(e -> e.id().value()).containsExactly("visit", "answer");
      assertThat(d.eventsInvolving(BARADAR)).isEmpty();
    }

    @Test
    void events_involving_an_organization_include_its_unnamed_members() {
      Dossier d = base().build();
      // host of the visit; "Taliban officials" made the request; target of the sanction; subject of the delisting
      assertThat(d.eventsInvolving(TALIBAN)).extracting(e -> e.id().value())
          .containsExactlyInAnyOrder("visit", "request", "sanctions", "delisting");
      assertThat(d.eventsInvolving(RUSSIA)).extracting(e -> e.id().value()).containsExactlyInAnyOrder("request", "delisting");
      assertThat(d.eventsInvolving(TALIBAN_OFFICIALS)).extracting(e -> e.id().value()).containsExactly("request");
      assertThat(d.eventsInvolving(UnnamedGroup.of("Taliban officials"))).isEmpty();
      assertThat(d.eventsInvolving(TALIBAN)).isEqualTo(
          d.timeline().stream().filter(e -> d.eventsInvolving(TALIBAN).contains(e)).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void reporting_an_event_is_not_taking_part_in_it() {
      Dossier d = base().addOrganization(TestData.organization(OrganizationId.of("tass")))
          .addEvent(TestData.statement("extra").provenance(List.of(Provenance.reported(SOURCE, 5, OrganizationId.of("tass")))).build())
          .build();
      assertThat(d.eventsInvolving(OrganizationId.of("tass"))).isEmpty();
    }

    @Test
    void sanctions_in_force_on_a_day_are_the_certain_ones() {
      Dossier d = base().events(List.of(
              TestData.sanction("certain").when(interval("2021-08/..")).build(),
              TestData.sanction("unknown").when(interval("2024-11/..")).build(),
              TestData.sanction("proposed").status(SanctionStatus.PROPOSED).when(interval("2021/..")).build(),
              TestData.sanction("lifted-later").status(SanctionStatus.LIFTED).when(interval("2001/2025")).build(),
              TestData.sanction("lifted-before").status(SanctionStatus.LIFTED).when(interval("2001/2002-01-15")).build()))
          .build();
      assertThat(d.sanctionsInForceOn(LocalDate.of(2024, 11, 25))).extracting(s -> s.id().value())
          .containsExactly("lifted-later", "certain");
      assertThat(d.sanctionsInForceOn(LocalDate.of(2024, 12, 1))).extracting(s -> s.id().value())
          .containsExactly("lifted-later", "certain", "unknown");
    }

    @Test
    void designation_status_on_a_day() {
      Dossier d = base().build();
      LocalDate visitDay = LocalDate.of(2024, 11, 25);
      assertThat(d.designationStatus(RUSSIA, TALIBAN, visitDay)).hasValueSatisfying(s -> {
        assertThat(s.stage()).isEqualTo(DesignationStage.ANNOUNCED);
        assertThat(s.action()).isEqualTo(DesignationAction.DELISTING);
        assertThat(s.isInForce()).isFalse();
        assertThat(s.change().id()).isEqualTo(EventId.of("delisting"));
      });
      assertThat(d.designationStatus(RUSSIA, TALIBAN, visitDay.minusDays(1))).isEmpty();
      assertThat(d.designationStatus(USA, TALIBAN, visitDay)).isEmpty();
      assertThat(d.designationStatus(RUSSIA, SHOIGU, visitDay)).isEmpty();
    }

    @Test
    void designation_status_takes_the_most_recently_reached_step_across_changes() {
      DesignationChange listing = TestData.designation("listing").action(DesignationAction.LISTING)
          .stages(List.of(step(DesignationStage.PROPOSED, "2002"), step(DesignationStage.IN_FORCE, "2026-01-01"))).build();
      DesignationChange delisting = TestData.designation("delisting-2").build(); // ANNOUNCED 2024-11-25
      for (List<Event> events : List.<List<Event>>of(List.of(listing, delisting), List.of(delisting, listing))) {
        Dossier d = base().addAllEvents(events).build();
        assertThat(d.designationStatus(RUSSIA, TALIBAN, LocalDate.of(2025, 1, 1)))
            .map(s -> s.change().id().value() + ":" + s.stage()).contains("delisting-2:ANNOUNCED");
        assertThat(d.designationStatus(RUSSIA, TALIBAN, LocalDate.of(2026, 1, 1)))
            .map(s -> s.change().id().value() + ":" + s.stage()).contains("listing:IN_FORCE");
        assertThat(d.designationStatus(RUSSIA, TALIBAN, LocalDate.of(2003, 1, 1)))
            .map(s -> s.change().id().value() + ":" + s.stage()).contains("listing:PROPOSED");
      }
    }

    @Test
    void null_query_arguments_are_required_violations() {
      Dossier d = base().build();
      assertViolations(() -> d.eventsInvolving(null)).containsExactly(tuple("actor", ViolationCode.REQUIRED));
      assertViolations(() -> d.sanctionsInForceOn(null)).containsExactly(tuple("day", ViolationCode.REQUIRED));
      assertViolations(() -> d.designationStatus(RUSSIA, TALIBAN, null)).containsExactly(tuple("day", ViolationCode.REQUIRED));
      assertViolations(() -> d.designationStatus(null, TALIBAN, LocalDate.of(2024, 11, 25)))
          .containsExactly(tuple("authority", ViolationCode.REQUIRED));
      assertViolations(() -> d.official(null)).containsExactly(tuple("id", ViolationCode.REQUIRED));
      assertViolations(() -> d.organization(null)).containsExactly(tuple("id", ViolationCode.REQUIRED));
      assertViolations(() -> d.event(null)).containsExactly(tuple("id", ViolationCode.REQUIRED));
      assertViolations(() -> d.event(VISIT, null)).containsExactly(tuple("type", ViolationCode.REQUIRED));
      assertViolations(() -> d.events(null)).containsExactly(tuple("type", ViolationCode.REQUIRED));
    }
  }
}
