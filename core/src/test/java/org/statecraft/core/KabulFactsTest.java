package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facts 1, 5, 7 and 13 of the Kabul document (design brief, "The Kabul document"), each with its
 * paragraph as provenance, said by the model's structure rather than in free text.
 */
class KabulFactsTest {

  static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);
  static final SourceId DOC = SourceId.of("kabul-visit-2024-11-25");

  static final OfficialId SHOIGU = OfficialId.of("sergei-shoigu");
  static final OrganizationId RUSSIA = OrganizationId.of("russia");
  static final OrganizationId SECURITY_COUNCIL = OrganizationId.of("security-council-of-russia");
  static final OrganizationId TALIBAN = OrganizationId.of("taliban");
  static final OrganizationId TALIBAN_GOVERNMENT = OrganizationId.of("taliban-government");
  static final OrganizationId UNITED_STATES = OrganizationId.of("united-states");

  static final UnnamedGroup TALIBAN_LEADERS = UnnamedGroup.of("Taliban leaders", TALIBAN);
  static final UnnamedGroup TALIBAN_OFFICIALS = UnnamedGroup.of("Taliban officials", TALIBAN);
  static final UnnamedGroup RUSSIAN_MEDIA = UnnamedGroup.of("Russian media");
  static final UnnamedGroup ANALYSTS = UnnamedGroup.of("analysts");

  static final EventId VISIT = EventId.of("shoigu-visits-kabul");
  static final EventId US_SANCTIONS = EventId.of("us-sanctions-on-taliban-government");
  static final EventId SUPPORT_REQUEST = EventId.of("taliban-ask-russia-for-support");
  static final EventId DELISTING_ANNOUNCEMENT = EventId.of("shoigu-announces-taliban-delisting");
  static final EventId DELISTING = EventId.of("russia-delists-taliban");
  static final EventId ANALYSTS_ASSESSMENT = EventId.of("analysts-on-moscow-motives");

  static Dossier dossier;

  @BeforeAll
  static void build() {
    Provenance p2 = Provenance.stated(DOC, 2);
    Provenance p3 = Provenance.stated(DOC, 3);
    Provenance p5 = Provenance.reported(DOC, 5, RUSSIAN_MEDIA);
    Provenance p6 = Provenance.assessed(DOC, 6, ANALYSTS);
    DateInterval onVisitDay = DateInterval.on(VISIT_DAY);

    dossier = Dossier.builder()
        .source(SourceDocument.builder().id(DOC).title("Senior Russian Official Visits Kabul to Discuss Peace Initiatives")
            .language(LanguageTag.of("en")).paragraphCount(6).build())
        .addOrganization(Organization.builder().id(RUSSIA).addName(Name.primary("Russia")).kind(OrganizationKind.STATE)
            .country(CountryCode.of("RU")).build())
        .addOrganization(Organization.builder().id(SECURITY_COUNCIL)
            .addName(Name.primary("Security Council of the Russian Federation"))
            .addName(Name.of(NameKind.ALIAS, "Russian National Security Council"))
            .kind(OrganizationKind.GOVERNMENT_BODY).country(CountryCode.of("RU")).parent(RUSSIA).addProvenance(p2).build())
        .addOrganization(Organization.builder().id(TALIBAN).addName(Name.primary("Taliban"))
            .kind(OrganizationKind.POLITICAL_MOVEMENT).country(CountryCode.of("AF")).build())
        .addOrganization(Organization.builder().id(TALIBAN_GOVERNMENT).addName(Name.primary("Taliban government"))
            .kind(OrganizationKind.GOVERNMENT).country(CountryCode.of("AF")).parent(TALIBAN).addProvenance(p3).build())
        .addOrganization(Organization.builder().id(UNITED_STATES).addName(Name.primary("United States"))
            .kind(OrganizationKind.STATE).country(CountryCode.of("US")).build())
        .addOfficial(Official.builder().id(SHOIGU).addName(Name.primary("Sergei Shoigu"))
            .addNationality(CountryCode.of("RU"))
            .addPosition(Position.builder().title("Secretary of the Security Council").organization(SECURITY_COUNCIL)
                .status(PositionStatus.CURRENT).addProvenance(p2).build())
            .build())
        // Fact 1 (¶2)
        .addEvent(Visit.builder().id(VISIT).when(onVisitDay).place(Place.of("Kabul", CountryCode.of("AF")))
            .addVisitor(SHOIGU).addHost(TALIBAN_LEADERS).purpose("to discuss the prospects for peace in Afghanistan")
            .addTopic("peace in Afghanistan").addProvenance(p2).build())
        // Fact 4 (¶3), whose measures fact 5 names
        .addEvent(Sanction.builder().id(US_SANCTIONS).when(DateInterval.until(PartialDate.of(VISIT_DAY)))
            .authority(UNITED_STATES).addTarget(TALIBAN_GOVERNMENT)
            .addMeasures(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN)
            .status(SanctionStatus.IN_FORCE).addProvenance(p3).build())
        // Fact 5 (¶3)
        .addEvent(Statement.builder().id(SUPPORT_REQUEST).when(onVisitDay).speaker(TALIBAN_OFFICIALS)
            .kind(StatementKind.REQUEST)
            .summary("Asked for Russia's support against the pressure of the sanctions, above all the asset freeze and the travel bans on Taliban leaders")
            .addAddressee(RUSSIA).addSubject(UNITED_STATES).occasion(VISIT).addProvenance(p3).build())
        // Fact 7 (¶5): announced, as reported by Russian media
        .addEvent(Statement.builder().id(DELISTING_ANNOUNCEMENT).when(DateInterval.until(PartialDate.of(VISIT_DAY)))
            .speaker(SHOIGU).kind(StatementKind.ANNOUNCEMENT)
            .summary("Announced plans to remove the Taliban from Russia's list of banned organizations")
            .addSubject(TALIBAN).addProvenance(p5).build())
        .addEvent(DesignationChange.builder().id(DELISTING).authority(RUSSIA)
            .listName("list of organizations banned in Russia").subject(TALIBAN).action(DesignationAction.DELISTING)
            .addStage(DesignationStep.builder().stage(DesignationStage.ANNOUNCED)
                .when(DateInterval.until(PartialDate.of(VISIT_DAY))).announcedBy(DELISTING_ANNOUNCEMENT)
                .addProvenance(p5).build())
            .addProvenance(p5).build())
        // Fact 13 (¶6): the analysts' view, made on or after the visit it comments on
        .addEvent(Statement.builder().id(ANALYSTS_ASSESSMENT).when(DateInterval.from(PartialDate.of(VISIT_DAY)))
            .speaker(ANALYSTS).kind(StatementKind.ASSESSMENT)
            .summary("Moscow's engagement with Kabul may also be driven by security concerns over the threat from Islamic State, which concerns both Afghanistan and Russia")
            .addSubject(RUSSIA).addProvenance(p6).build())
        .build();
  }

  static void assertCitesParagraph(List<Provenance> provenance, int paragraph, Basis basis) {
    assertThat(provenance).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo(DOC);
      assertThat(p.paragraph()).isEqualTo(OptionalInt.of(paragraph));
      assertThat(p.basis()).isEqualTo(basis);
    }).isNotEmpty();
  }

  @Test
  void fact_1_shoigu_visited_kabul_on_2024_11_25_hosted_by_taliban_leaders() {
    Visit visit = dossier.event(VISIT, Visit.class).orElseThrow();
    assertThat(visit.visitors()).containsExactly(SHOIGU);
    assertThat(visit.hosts()).containsExactly(TALIBAN_LEADERS);
    assertThat(TALIBAN_LEADERS.affiliation()).contains(TALIBAN);
    assertThat(visit.place()).hasValueSatisfying(place -> {
      assertThat(place.name()).isEqualTo("Kabul");
      assertThat(place.country()).isEqualTo(CountryCode.of("AF"));
    });
    assertThat(visit.when().isSingleDate()).isTrue();
    assertThat(visit.when().start().flatMap(PartialDate::toLocalDate)).contains(VISIT_DAY);
    assertThat(visit.when().contains(VISIT_DAY)).isEqualTo(Answer.YES);
    assertCitesParagraph(visit.provenance(), 2, Basis.STATED);

    // who Shoigu is: Secretary of Russia's Security Council, which the document calls the "Russian National Security Council"
    Official shoigu = dossier.official(SHOIGU).orElseThrow();
    Position post = shoigu.positions().get(0);
    Organization council = dossier.organization(post.organization()).orElseThrow();
    assertThat(post.title()).isEqualTo("Secretary of the Security Council");
    assertThat(council.parent()).contains(RUSSIA);
    assertThat(council.names()).extracting(Name::text).contains("Russian National Security Council");
    assertCitesParagraph(post.provenance(), 2, Basis.STATED);

    assertThat(dossier.eventsInvolving(SHOIGU)).extracting(Event::id).contains(VISIT);
    assertThat(dossier.eventsInvolving(TALIBAN)).extracting(Event::id).contains(VISIT);
  }

  @Test
  void fact_5_us_sanctions_on_the_taliban_government_freeze_assets_and_ban_travel_and_are_in_force() {
    Sanction sanction = dossier.event(US_SANCTIONS, Sanction.class).orElseThrow();
    assertThat(sanction.authority()).isEqualTo(UNITED_STATES);
    assertThat(dossier.organization(UNITED_STATES).map(Organization::kind)).contains(OrganizationKind.STATE);
    assertThat(sanction.targets()).containsExactly(TALIBAN_GOVERNMENT);
    assertThat(dossier.organization(TALIBAN_GOVERNMENT).map(Organization::kind)).contains(OrganizationKind.GOVERNMENT);
    assertThat(sanction.measures()).containsExactlyInAnyOrder(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN);
    assertThat(sanction.status()).isEqualTo(SanctionStatus.IN_FORCE);
    assertThat(sanction.inForceOn(VISIT_DAY)).isEqualTo(Answer.YES);
    assertThat(dossier.sanctionsInForceOn(VISIT_DAY)).containsExactly(sanction);
    assertCitesParagraph(sanction.provenance(), 3, Basis.STATED);

    Statement request = dossier.event(SUPPORT_REQUEST, Statement.class).orElseThrow();
    assertThat(request.kind()).isEqualTo(StatementKind.REQUEST);
    assertThat(request.speaker()).isEqualTo(TALIBAN_OFFICIALS);
    assertThat(request.addressees()).containsExactly(RUSSIA);
    assertThat(request.occasion()).contains(VISIT);
    assertCitesParagraph(request.provenance(), 3, Basis.STATED);
    // "Taliban officials" take part for the Taliban
    assertThat(dossier.eventsInvolving(TALIBAN)).extracting(Event::id).contains(SUPPORT_REQUEST);
  }

  @Test
  void fact_7_the_delisting_is_announced_not_in_force_and_known_only_as_reported_by_russian_media() {
    DesignationChange change = dossier.event(DELISTING, DesignationChange.class).orElseThrow();
    assertThat(change.authority()).isEqualTo(RUSSIA);
    assertThat(change.subject()).isEqualTo(TALIBAN);
    assertThat(change.action()).isEqualTo(DesignationAction.DELISTING);
    assertThat(change.currentStage()).isEqualTo(DesignationStage.ANNOUNCED);
    assertCitesParagraph(change.provenance(), 5, Basis.REPORTED);
    assertThat(change.provenance()).allSatisfy(p -> assertThat(p.attributedTo()).contains(RUSSIAN_MEDIA));

    DesignationStatus status = dossier.designationStatus(RUSSIA, TALIBAN, VISIT_DAY).orElseThrow();
    assertThat(status.stage()).isEqualTo(DesignationStage.ANNOUNCED);
    assertThat(status.isInForce()).isFalse();
    assertThat(status.action()).isEqualTo(DesignationAction.DELISTING);
    assertCitesParagraph(status.step().provenance(), 5, Basis.REPORTED);

    Statement announcement = dossier.event(status.step().announcedBy().orElseThrow(), Statement.class).orElseThrow();
    assertThat(announcement.speaker()).isEqualTo(SHOIGU);
    assertThat(announcement.kind()).isEqualTo(StatementKind.ANNOUNCEMENT);
    assertThat(announcement.isReported()).isTrue();
  }

  @Test
  void fact_13_unnamed_analysts_assess_moscows_security_motives() {
    Statement assessment = dossier.event(ANALYSTS_ASSESSMENT, Statement.class).orElseThrow();
    assertThat(assessment.kind()).isEqualTo(StatementKind.ASSESSMENT);
    assertThat(assessment.speaker()).isInstanceOfSatisfying(UnnamedGroup.class, group -> {
      assertThat(group.description()).isEqualTo("analysts");
      assertThat(group.affiliation()).isEmpty();
    });
    assertThat(assessment.subjects()).containsExactly(RUSSIA);
    assertCitesParagraph(assessment.provenance(), 6, Basis.ASSESSED);
    assertThat(assessment.provenance()).allSatisfy(p -> assertThat(p.attributedTo()).contains(ANALYSTS));
    assertThat(assessment.isReported()).isFalse();
  }

  @Test
  void every_fact_cites_a_paragraph_of_the_document() {
    assertThat(dossier.source().paragraphCount()).hasValue(6);
    assertThat(dossier.events()).allSatisfy(e -> assertThat(e.provenance()).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo(DOC);
      assertThat(p.paragraph()).isPresent();
    }));
  }
}
