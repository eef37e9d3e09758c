package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.SHOIGU;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.Event;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.StatementKind;

class EventAssertTest {

  private final Event visit = Kabul.visit();
  private final Event statement = Kabul.helpOffer();
  private final Event sanction = Kabul.usSanctions();
  private final Event change = Kabul.delisting();

  @Test
  void should_pass_when_event_is_a_visit_and_go_on_with_visit_checks() {
    assertThat(visit).tookPlaceIn("Kabul").isVisit().hasVisitor(SHOIGU);
  }

  @Test
  void should_keep_the_description_in_the_assertion_of_the_type() {
    AssertionError error = expectAssertionError(() -> assertThat(statement).as("Shoigu's offer").isStatement()
        .hasKind(StatementKind.REQUEST));
    then(error.getMessage()).startsWith("[Shoigu's offer] ");
  }

  @Test
  void should_fail_when_event_is_not_a_visit() {
    AssertionError error = expectAssertionError(() -> assertThat(statement).isVisit());
    then(error).hasMessage(format("%nExpecting event shoigu-offers-help%nto be a visit%nbut it is a statement"));
  }

  @Test
  void should_pass_when_event_is_a_statement() {
    assertThat(statement).isStatement().hasKind(StatementKind.OFFER);
  }

  @Test
  void should_fail_when_event_is_not_a_statement() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).isStatement());
    then(error).hasMessage(format("%nExpecting event us-sanctions-taliban%nto be a statement%nbut it is a sanction"));
  }

  @Test
  void should_pass_when_event_is_a_sanction() {
    assertThat(sanction).isSanction().hasStatus(SanctionStatus.IN_FORCE);
  }

  @Test
  void should_fail_when_event_is_not_a_sanction() {
    AssertionError error = expectAssertionError(() -> assertThat(change).isSanction());
    then(error).hasMessage(format("%nExpecting event taliban-delisting%nto be a sanction%nbut it is a designation change"));
  }

  @Test
  void should_pass_when_event_is_a_designation_change() {
    assertThat(change).isDesignationChange().hasSubject(TALIBAN).isAtStage(DesignationStage.ANNOUNCED);
  }

  @Test
  void should_fail_when_event_is_not_a_designation_change() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).isDesignationChange());
    then(error).hasMessage(format("%nExpecting event shoigu-visits-kabul%nto be a designation change%nbut it is a visit"));
  }

  @Test
  void should_fail_when_a_sanction_has_no_place() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).tookPlaceIn("Washington"));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto have taken place in:%n  Washington%n"
        + "but it took place in:%n  no known place"));
  }

  @Test
  void should_fail_when_event_is_null() {
    Event none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).isVisit());
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
