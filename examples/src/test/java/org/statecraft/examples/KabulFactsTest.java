package org.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statecraft.examples.KabulFixtures.AFGHANISTAN;
import static org.statecraft.examples.KabulFixtures.ANALYSTS;
import static org.statecraft.examples.KabulFixtures.ISKP;
import static org.statecraft.examples.KabulFixtures.REPORT;
import static org.statecraft.examples.KabulFixtures.RUSSIA;
import static org.statecraft.examples.KabulFixtures.RUSSIAN_FOREIGN_MINISTRY;
import static org.statecraft.examples.KabulFixtures.RUSSIAN_MEDIA;
import static org.statecraft.examples.KabulFixtures.RUSSIAN_SECURITY_COUNCIL;
import static org.statecraft.examples.KabulFixtures.SHOIGU;
import static org.statecraft.examples.KabulFixtures.TALIBAN;
import static org.statecraft.examples.KabulFixtures.TALIBAN_GOVERNMENT;
import static org.statecraft.examples.KabulFixtures.TALIBAN_LEADERS;
import static org.statecraft.examples.KabulFixtures.TALIBAN_OFFICIALS;
import static org.statecraft.examples.KabulFixtures.UNITED_STATES;
import static org.statecraft.examples.KabulFixtures.VISIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Answer;
import org.statecraft.core.Basis;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DatePrecision;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Event;
import org.statecraft.core.Name;
import org.statecraft.core.OrganizationKind;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Position;
import org.statecraft.core.PositionStatus;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/**
 * The thirteen facts of the Kabul report, each asserted on the fixtures' structure (not on their
 * wording) together with the paragraph it is cited to.
 */
class KabulFactsTest {

  private static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);
  private static final PartialDate VISIT_DATE = PartialDate.ofDay(2024, 11, 25);

  private static Provenance stated(int paragraph) {
    return Provenance.stated(REPORT, paragraph);
  }

  private static void assertSaidDuringTheVisit(Statement s) {
    assertThat(s.occasion()).contains(VISIT);
    assertThat(s.when().isSingleDate()).isTrue();
    assertThat(s.when().start()).contains(VISIT_DATE);
    assertThat(s.place().map(p -> p.name())).contains("Kabul");
  }

  @Nested
  class Fact01_ShoiguVisitsKabul {

    @Test
    void shoigu_visited_kabul_on_2024_11_25_to_meet_taliban_leaders() {
      Visit visit = KabulFixtures.visit();
      assertThat(visit.visitors()).containsExactly(SHOIGU);
      assertThat(visit.hosts()).containsExactly(TALIBAN_LEADERS);
      assertThat(TALIBAN_LEADERS.affiliation()).contains(TALIBAN);
      assertThat(visit.when().isSingleDate()).isTrue();
      assertThat(visit.when().start().orElseThrow()).isEqualTo(VISIT_DATE);
      assertThat(visit.when().start().orElseThrow().precision()).isEqualTo(DatePrecision.DAY);
      assertThat(visit.place().orElseThrow().name()).isEqualTo("Kabul");
      assertThat(visit.place().orElseThrow().country()).isEqualTo(CountryCode.of("AF"));
      assertThat(visit.purpose().orElseThrow()).containsIgnoringCase("peace");
      assertThat(visit.provenance()).contains(stated(2));
    }

    @Test
    void shoigu_is_secretary_of_the_security_council_of_russia() {
      Position post = KabulFixtures.shoigu().positions().get(0);
      assertThat(post.organization()).isEqualTo(RUSSIAN_SECURITY_COUNCIL);
      assertThat(post.title()).isEqualTo("Secretary of the Security Council");
      assertThat(post.status()).isEqualTo(PositionStatus.CURRENT);
      assertThat(post.provenance()).containsExactly(stated(2));
      assertThat(KabulFixtures.russianSecurityCouncil().parent()).contains(RUSSIA);
      assertThat(KabulFixtures.russianSecurityCouncil().kind()).isEqualTo(OrganizationKind.GOVERNMENT_BODY);
      assertThat(KabulFixtures.russianSecurityCouncil().names()).extracting(Name::text)
          .contains("Russian National Security Council");
    }
  }

  @Nested
  class Fact02_RussiaOffersHelpWithStability {

    @Test
    void shoigu_offered_help_towards_lasting_regional_stability_during_the_talks() {
      Statement s = KabulFixtures.shoiguOffersHelpWithStability();
      assertThat(s.speaker()).isEqualTo(SHOIGU);
      assertThat(s.kind()).isEqualTo(StatementKind.OFFER);
      assertThat(s.subjects()).contains(RUSSIA);
      assertThat(s.summary()).containsIgnoringCase("stability");
      assertSaidDuringTheVisit(s);
      assertThat(s.provenance()).containsExactly(stated(2));
    }
  }

  @Nested
  class Fact03_UnitedStatesShouldLeadReconstruction {

    @Test
    void shoigu_called_on_the_united_states_to_lead_reconstruction() {
      Statement s = KabulFixtures.shoiguCallsOnUnitedStatesToLeadReconstruction();
      assertThat(s.speaker()).isEqualTo(SHOIGU);
      assertThat(s.kind()).isEqualTo(StatementKind.CALL);
      assertThat(s.subjects()).contains(UNITED_STATES, AFGHANISTAN);
      assertThat(s.summary()).containsIgnoringCase("twenty years").containsIgnoringCase("rebuilding");
      assertSaidDuringTheVisit(s);
      assertThat(s.provenance()).containsExactly(stated(2));
    }
  }

  @Nested
  class Fact04_UnitedStatesSanctionsInForce {

    @Test
    void the_united_states_sanctions_on_the_taliban_government_were_in_force_on_the_day() {
      Sanction s = KabulFixtures.usSanctionsOnTaliban();
      assertThat(s.authority()).isEqualTo(UNITED_STATES);
      assertThat(s.targets()).contains(TALIBAN_GOVERNMENT);
      assertThat(s.status()).isEqualTo(SanctionStatus.IN_FORCE);
      assertThat(s.inForceOn(VISIT_DAY)).isEqualTo(Answer.YES);
      assertThat(s.when().end()).as("still in force: no end").isEmpty();
      assertThat(s.provenance()).contains(stated(3));
    }

    @Test
    void the_sanctions_start_is_taken_from_its_own_cited_source_so_earlier_days_are_not_in_force() {
      Sanction s = KabulFixtures.usSanctionsOnTaliban();
      assertThat(s.when().start()).contains(PartialDate.ofDay(1999, 7, 4));
      assertThat(s.inForceOn(LocalDate.of(1999, 7, 3))).isEqualTo(Answer.NO);
      assertThat(s.inForceOn(LocalDate.of(1990, 1, 1))).isEqualTo(Answer.NO);
      assertThat(s.provenance()).extracting(Provenance::source)
          .containsExactly(KabulFixtures.REPORT, KabulFixtures.US_EXECUTIVE_ORDER_13129_REPORT);
      assertThat(KabulFixtures.dossier().otherSources()).extracting(SourceDocument::id)
          .contains(KabulFixtures.US_EXECUTIVE_ORDER_13129_REPORT);
    }

    @Test
    void the_report_judges_that_the_sanctions_badly_hurt_afghanistans_economy() {
      Statement s = KabulFixtures.reportAssessesSanctionsDamage();
      assertThat(s.kind()).isEqualTo(StatementKind.ASSESSMENT);
      assertThat(s.speaker()).isEqualTo(KabulFixtures.REPORT_AUTHOR);
      assertThat(s.subjects()).contains(UNITED_STATES, AFGHANISTAN);
      assertThat(s.summary()).containsIgnoringCase("economy");
      assertThat(s.provenance()).containsExactly(stated(3));
    }
  }

  @Nested
  class Fact05_TalibanOfficialsAskForSupport {

    @Test
    void taliban_officials_asked_russia_for_support_against_the_sanctions() {
      Statement s = KabulFixtures.talibanOfficialsAskRussiaForSupport();
      assertThat(s.speaker()).isEqualTo(TALIBAN_OFFICIALS);
      assertThat(((UnnamedGroup) s.speaker()).affiliation()).contains(TALIBAN);
      assertThat(s.kind()).isEqualTo(StatementKind.REQUEST);
      assertThat(s.addressees()).containsExactly(RUSSIA);
      assertThat(s.subjects()).contains(UNITED_STATES);
      assertSaidDuringTheVisit(s);
      assertThat(s.provenance()).containsExactly(stated(3));
    }

    @Test
    void the_sanctions_include_an_asset_freeze_and_travel_bans_on_taliban_leaders() {
      Sanction s = KabulFixtures.usSanctionsOnTaliban();
      assertThat(s.measures()).containsExactlyInAnyOrder(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN);
      assertThat(s.targets()).contains(TALIBAN_LEADERS);
    }
  }

  @Nested
  class Fact06_ShoiguOffersPoliticalDialogue {

    @Test
    void shoigu_answered_the_request_with_an_offer_of_political_dialogue() {
      Statement s = KabulFixtures.shoiguOffersPoliticalDialogue();
      assertThat(s.speaker()).isEqualTo(SHOIGU);
      assertThat(s.kind()).isEqualTo(StatementKind.OFFER);
      assertThat(s.respondsTo()).contains(KabulFixtures.TALIBAN_OFFICIALS_ASK_RUSSIA_FOR_SUPPORT);
      assertThat(s.addressees()).containsExactly(TALIBAN_OFFICIALS);
      assertThat(s.summary()).containsIgnoringCase("reconciliation");
      assertSaidDuringTheVisit(s);
      assertThat(s.provenance()).containsExactly(stated(3));
    }
  }

  @Nested
  class Fact07_DelistingAnnouncedAsReported {

    @Test
    void shoigus_announcement_is_known_only_as_reported_by_russian_media() {
      Statement s = KabulFixtures.shoiguAnnouncesTalibanDelisting();
      assertThat(s.speaker()).isEqualTo(SHOIGU);
      assertThat(s.kind()).isEqualTo(StatementKind.ANNOUNCEMENT);
      assertThat(s.subjects()).containsExactly(TALIBAN);
      assertThat(s.isReported()).isTrue();
      assertThat(s.provenance()).containsExactly(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA));
      assertThat(KabulFixtures.russianMedia().kind()).isEqualTo(OrganizationKind.MEDIA);
    }

    @Test
    void the_delisting_from_russias_list_stands_at_announced_not_in_force() {
      DesignationChange c = KabulFixtures.talibanDelisting();
      assertThat(c.authority()).isEqualTo(RUSSIA);
      assertThat(c.subject()).isEqualTo(TALIBAN);
      assertThat(c.action()).isEqualTo(DesignationAction.DELISTING);
      assertThat(c.listName()).isEqualTo(KabulFixtures.RUSSIAN_BANNED_ORGANIZATIONS_LIST);
      assertThat(c.currentStage()).isEqualTo(DesignationStage.ANNOUNCED);
      assertThat(c.stages()).extracting(DesignationStep::stage).doesNotContain(DesignationStage.IN_FORCE);

      DesignationStep announced = c.stages().get(c.stages().size() - 1);
      assertThat(announced.when().orElseThrow().isSingleDate()).isTrue();
      assertThat(announced.when().orElseThrow().start()).contains(VISIT_DATE);
      assertThat(announced.announcedBy()).contains(KabulFixtures.SHOIGU_ANNOUNCES_TALIBAN_DELISTING);
      assertThat(announced.provenance()).containsExactly(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA));
      assertThat(announced.provenance()).allMatch(p -> p.basis() == Basis.REPORTED);
    }
  }

  @Nested
  class Fact08_ForeignMinistryDeclaredReclassification {

    @Test
    void the_foreign_ministry_declared_the_reclassification_at_an_unknown_date_before_the_visit() {
      Statement s = KabulFixtures.ministryDeclaresTalibanReclassification();
      assertThat(s.speaker()).isEqualTo(RUSSIAN_FOREIGN_MINISTRY);
      assertThat(s.kind()).isEqualTo(StatementKind.DECLARATION);
      assertThat(s.subjects()).containsExactly(TALIBAN);
      assertThat(s.when().start()).as("exact date unknown").isEmpty();
      assertThat(s.when().end()).contains(VISIT_DATE);
      assertThat(s.occasion()).isEmpty();
      assertThat(s.provenance()).containsExactly(stated(5));
      assertThat(KabulFixtures.russianForeignMinistry().parent()).contains(RUSSIA);
      assertThat(KabulFixtures.russianForeignMinistry().kind()).isEqualTo(OrganizationKind.MINISTRY);
    }

    @Test
    void the_declaration_is_the_proposed_step_that_the_announcement_follows() {
      List<DesignationStep> stages = KabulFixtures.talibanDelisting().stages();
      assertThat(stages).extracting(DesignationStep::stage)
          .containsExactly(DesignationStage.PROPOSED, DesignationStage.ANNOUNCED);
      DesignationStep proposed = stages.get(0);
      assertThat(proposed.announcedBy()).contains(KabulFixtures.MINISTRY_DECLARES_TALIBAN_RECLASSIFICATION);
      assertThat(proposed.when()).contains(KabulFixtures.ministryDeclaresTalibanReclassification().when());
      assertThat(proposed.provenance()).containsExactly(stated(5));
    }
  }

  @Nested
  class Fact09_ConcernOverIskpIsTheContext {

    @Test
    void the_report_places_the_shift_in_the_context_of_concern_over_iskp() {
      Statement s = KabulFixtures.reportNotesConcernOverIskp();
      assertThat(s.kind()).isEqualTo(StatementKind.ASSESSMENT);
      assertThat(s.speaker()).isEqualTo(KabulFixtures.REPORT_AUTHOR);
      assertThat(s.subjects()).contains(ISKP, RUSSIA);
      assertThat(s.provenance()).containsExactly(stated(5));
      assertThat(KabulFixtures.iskp().kind()).isEqualTo(OrganizationKind.ARMED_GROUP);
    }
  }

  @Nested
  class Fact10_BaradarStressesCooperation {

    @Test
    void baradar_stressed_the_urgent_need_for_international_cooperation() {
      Statement s = KabulFixtures.baradarStressesInternationalCooperation();
      assertThat(s.speaker()).isEqualTo(KabulFixtures.BARADAR);
      assertThat(s.kind()).isEqualTo(StatementKind.EMPHASIS);
      assertThat(s.summary()).containsIgnoringCase("investment");
      assertThat(s.provenance()).containsExactly(stated(6));
    }

    @Test
    void baradar_is_the_taliban_deputy_prime_minister_for_economic_affairs() {
      Position post = KabulFixtures.baradar().positions().get(0);
      assertThat(post.organization()).isEqualTo(TALIBAN_GOVERNMENT);
      assertThat(post.title()).isEqualTo("Deputy Prime Minister for Economic Affairs");
      assertThat(post.provenance()).containsExactly(stated(6));
    }
  }

  @Nested
  class Fact11_BaradarCommitsToExports {

    @Test
    void baradar_restated_the_commitment_to_favourable_conditions_for_exports() {
      Statement s = KabulFixtures.baradarCommitsToExportConditions();
      assertThat(s.speaker()).isEqualTo(KabulFixtures.BARADAR);
      assertThat(s.kind()).isEqualTo(StatementKind.COMMITMENT);
      assertThat(s.subjects()).contains(TALIBAN);
      assertThat(s.summary()).containsIgnoringCase("export");
      assertThat(s.provenance()).containsExactly(stated(6));
    }
  }

  @Nested
  class Fact12_BaradarAsksRussiaToEaseSanctions {

    @Test
    void baradar_called_on_russia_to_help_with_western_sanctions() {
      Statement s = KabulFixtures.baradarAsksRussiaToEaseSanctions();
      assertThat(s.speaker()).isEqualTo(KabulFixtures.BARADAR);
      assertThat(s.kind()).isEqualTo(StatementKind.REQUEST);
      assertThat(s.addressees()).containsExactly(RUSSIA);
      assertThat(s.subjects()).containsExactly(KabulFixtures.WESTERN_STATES);
      assertThat(s.summary()).containsIgnoringCase("sanctions");
      assertThat(s.provenance()).containsExactly(stated(6));
    }
  }

  @Nested
  class Fact13_AnalystsAssessSecurityMotive {

    @Test
    void unnamed_analysts_assess_that_iskp_threats_may_drive_moscows_engagement() {
      Statement s = KabulFixtures.analystsAssessSecurityMotive();
      assertThat(s.speaker()).isEqualTo(ANALYSTS);
      assertThat(ANALYSTS.affiliation()).isEmpty();
      assertThat(s.kind()).isEqualTo(StatementKind.ASSESSMENT);
      assertThat(s.subjects()).containsExactlyInAnyOrder(RUSSIA, ISKP, AFGHANISTAN);
      assertThat(s.provenance()).containsExactly(Provenance.assessed(REPORT, 6, ANALYSTS));
      assertThat(s.provenance()).allMatch(p -> p.basis() == Basis.ASSESSED
          && p.attributedTo().equals(Optional.of(ANALYSTS)));
    }
  }

  @Test
  void every_event_cites_a_body_paragraph_of_the_report() {
    for (Event e : KabulFixtures.dossier().events()) {
      assertThat(e.provenance()).as(e.id().value())
          .anySatisfy(p -> {
            assertThat(p.source()).isEqualTo(REPORT);
            assertThat(p.paragraph().orElseThrow()).isIn(2, 3, 5, 6);
          });
    }
  }
}
