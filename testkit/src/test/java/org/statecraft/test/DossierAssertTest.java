package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.BARADAR;
import static org.statecraft.test.Kabul.DELISTING;
import static org.statecraft.test.Kabul.DELISTING_ANNOUNCEMENT;
import static org.statecraft.test.Kabul.DIALOGUE_OFFER;
import static org.statecraft.test.Kabul.HELP_OFFER;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.SHOIGU;
import static org.statecraft.test.Kabul.SUPPORT_REQUEST;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.Kabul.UNITED_STATES;
import static org.statecraft.test.Kabul.US_SANCTIONS;
import static org.statecraft.test.Kabul.VISIT;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.Dossier;
import org.statecraft.core.EventId;
import org.statecraft.core.OfficialId;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.OrganizationKind;

class DossierAssertTest {

  private static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);
  private static final String EVENTS = "[shoigu-visits-kabul, shoigu-offers-help, taliban-ask-support, "
      + "shoigu-offers-dialogue, shoigu-announces-delisting, us-sanctions-taliban, taliban-delisting]";
  private static final String TIMELINE = "[us-sanctions-taliban, shoigu-visits-kabul, shoigu-offers-help, "
      + "taliban-ask-support, shoigu-offers-dialogue, shoigu-announces-delisting, taliban-delisting]";

  private final Dossier dossier = Kabul.dossier();

  @Test
  void should_pass_when_dossier_has_the_event() {
    assertThat(dossier).hasEvent(VISIT);
  }

  @Test
  void should_fail_when_dossier_has_no_such_event_and_list_its_events() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasEvent(EventId.of("lavrov-visits-kabul")));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have event:%n  lavrov-visits-kabul%n"
        + "but it has no event with that id; its events are:%n  " + EVENTS));
  }

  @Test
  void should_go_on_with_checks_of_the_event_found_by_id() {
    assertThat(dossier).event(VISIT).isVisit().hasHost(TALIBAN);
    assertThat(dossier).visit(VISIT).hasVisitor(SHOIGU);
    assertThat(dossier).statement(DIALOGUE_OFFER).respondsTo(SUPPORT_REQUEST);
    assertThat(dossier).sanction(US_SANCTIONS).isInForceOn(VISIT_DAY);
    assertThat(dossier).designationChange(DELISTING).isAtStage(DesignationStage.ANNOUNCED);
  }

  @Test
  void should_keep_the_description_in_the_assertion_of_a_part() {
    AssertionError error = expectAssertionError(
        () -> assertThat(dossier).as("Kabul").visit(VISIT).hasVisitor(BARADAR));
    then(error.getMessage()).startsWith("[Kabul] ");
  }

  @Test
  void should_fail_when_the_event_found_by_id_is_of_another_type() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).sanction(VISIT));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have sanction:%n  shoigu-visits-kabul%n"
        + "but shoigu-visits-kabul is a visit"));
  }

  @Test
  void should_fail_when_no_designation_change_has_the_id() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).designationChange(EventId.of("un-delisting")));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have designation change:%n  un-delisting%n"
        + "but it has no event with that id; its events are:%n  " + EVENTS));
  }

  @Test
  void should_pass_when_dossier_has_the_official_and_organization() {
    assertThat(dossier).hasOfficial(SHOIGU).hasOrganization(TALIBAN);
    assertThat(dossier).official(BARADAR).hasPrimaryName("Abdul Ghani Baradar");
    assertThat(dossier).organization(RUSSIA).hasKind(OrganizationKind.STATE);
  }

  @Test
  void should_fail_when_dossier_has_no_such_official() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasOfficial(OfficialId.of("sergei-lavrov")));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have official:%n  sergei-lavrov%n"
        + "but its officials are:%n  [sergei-shoigu, abdul-ghani-baradar]"));
  }

  @Test
  void should_fail_when_dossier_has_no_such_organization() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).organization(OrganizationId.of("iskp")));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have organization:%n  iskp%n"
        + "but its organizations are:%n  [russia, russian-security-council, taliban, united-states]"));
  }

  @Test
  void should_pass_when_events_involving_the_actor_are_exactly_the_given_ones() {
    // Taliban officials' request counts for the Taliban: the group is affiliated with it.
    assertThat(dossier).hasEventsInvolving(TALIBAN, DELISTING, US_SANCTIONS, DELISTING_ANNOUNCEMENT, SUPPORT_REQUEST, VISIT);
    assertThat(dossier).hasEventsInvolving(BARADAR);
  }

  @Test
  void should_fail_when_events_involving_the_actor_differ() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasEventsInvolving(SHOIGU, VISIT, US_SANCTIONS));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have exactly these events involving sergei-shoigu, in any order:%n"
        + "  [shoigu-visits-kabul, us-sanctions-taliban]%nbut they were:%n"
        + "  [shoigu-visits-kabul, shoigu-offers-help, shoigu-offers-dialogue, shoigu-announces-delisting]%n"
        + "missing:%n  [us-sanctions-taliban]%nunexpected:%n  [shoigu-offers-help, shoigu-offers-dialogue, shoigu-announces-delisting]"));
  }

  @Test
  void should_pass_when_sanctions_in_force_are_exactly_the_given_ones() {
    assertThat(dossier).hasSanctionsInForceOn(VISIT_DAY, US_SANCTIONS).hasSanctionsInForceOn(LocalDate.of(2020, 1, 1));
  }

  @Test
  void should_fail_when_no_sanction_is_in_force_but_one_is_expected() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasSanctionsInForceOn(LocalDate.of(2020, 1, 1), US_SANCTIONS));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto have exactly these sanctions in force on 2020-01-01, in any order:%n"
        + "  [us-sanctions-taliban]%nbut they were:%n  []%nmissing:%n  [us-sanctions-taliban]"));
  }

  @Test
  void should_pass_when_timeline_is_exactly_in_the_given_order() {
    assertThat(dossier).hasTimelineInOrder(US_SANCTIONS, VISIT, HELP_OFFER, SUPPORT_REQUEST, DIALOGUE_OFFER,
        DELISTING_ANNOUNCEMENT, DELISTING);
  }

  @Test
  void should_fail_when_timeline_is_in_another_order() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasTimelineInOrder(VISIT, US_SANCTIONS));
    then(error).hasMessage(format("%nExpecting the timeline of dossier kabul-report%nto be, in this order:%n"
        + "  [shoigu-visits-kabul, us-sanctions-taliban]%nbut it was:%n  " + TIMELINE));
  }

  @Test
  void should_pass_when_events_appear_in_the_timeline_in_the_given_order() {
    assertThat(dossier).hasEventsInTimelineOrder(US_SANCTIONS, DELISTING).hasEventsInTimelineOrder();
  }

  @Test
  void should_fail_when_events_appear_in_the_timeline_in_another_order() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasEventsInTimelineOrder(DELISTING, US_SANCTIONS));
    then(error).hasMessage(format("%nExpecting the timeline of dossier kabul-report%nto hold, in this order (others may come between):%n"
        + "  [taliban-delisting, us-sanctions-taliban]%nbut it was:%n  " + TIMELINE));
  }

  @Test
  void should_fail_when_an_event_is_missing_from_the_timeline() {
    AssertionError error = expectAssertionError(
        () -> assertThat(dossier).hasEventsInTimelineOrder(US_SANCTIONS, EventId.of("un-delisting")));
    then(error).hasMessage(format("%nExpecting the timeline of dossier kabul-report%nto hold, in this order (others may come between):%n"
        + "  [us-sanctions-taliban, un-delisting]%nbut it was:%n  " + TIMELINE));
  }

  @Test
  void should_pass_when_subject_stands_at_the_stage_on_the_day() {
    assertThat(dossier).hasDesignationStatus(RUSSIA, TALIBAN, VISIT_DAY, DesignationStage.ANNOUNCED);
  }

  @Test
  void should_fail_when_subject_stands_at_another_stage() {
    AssertionError error = expectAssertionError(
        () -> assertThat(dossier).hasDesignationStatus(RUSSIA, TALIBAN, VISIT_DAY, DesignationStage.IN_FORCE));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto show taliban on the list of russia on 2024-11-25 at:%n"
        + "  IN_FORCE%nbut it stood at:%n  DELISTING ANNOUNCED (taliban-delisting)"));
  }

  @Test
  void should_fail_when_subject_is_on_no_list_of_the_authority() {
    AssertionError error = expectAssertionError(
        () -> assertThat(dossier).hasDesignationStatus(UNITED_STATES, TALIBAN, VISIT_DAY, DesignationStage.ANNOUNCED));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto show taliban on the list of united-states on 2024-11-25 at:%n"
        + "  ANNOUNCED%nbut it stood at:%n  no stage certainly reached"));
  }

  @Test
  void should_pass_when_subject_has_no_designation_status_before_the_announcement() {
    assertThat(dossier).hasNoDesignationStatus(RUSSIA, TALIBAN, LocalDate.of(2024, 11, 24));
  }

  @Test
  void should_fail_when_subject_has_a_designation_status_but_none_is_expected() {
    AssertionError error = expectAssertionError(() -> assertThat(dossier).hasNoDesignationStatus(RUSSIA, TALIBAN, VISIT_DAY));
    then(error).hasMessage(format("%nExpecting dossier kabul-report%nto show taliban on the list of russia on 2024-11-25 at:%n"
        + "  no stage%nbut it stood at:%n  DELISTING ANNOUNCED (taliban-delisting)"));
  }

  @Test
  void should_fail_when_dossier_is_null() {
    Dossier none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).hasEvent(VISIT));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
