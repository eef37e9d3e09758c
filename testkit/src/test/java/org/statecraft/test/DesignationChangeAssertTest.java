package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.RUSSIAN_MEDIA;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.Kabul.UNITED_STATES;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;

class DesignationChangeAssertTest {

  private static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);

  private final DesignationChange delisting = Kabul.delisting();

  @Test
  void should_pass_when_change_is_on_the_authority_list() {
    assertThat(delisting).hasAuthority(RUSSIA).hasSubject(TALIBAN);
  }

  @Test
  void should_fail_when_change_is_on_another_authority_list() {
    AssertionError error = expectAssertionError(() -> assertThat(delisting).hasAuthority(UNITED_STATES));
    then(error).hasMessage(format("%nExpecting designation change taliban-delisting%nto have authority:%n  united-states%n"
        + "but its authority was:%n  russia"));
  }

  @Test
  void should_fail_when_change_concerns_another_subject() {
    AssertionError error = expectAssertionError(() -> assertThat(delisting).hasSubject(RUSSIAN_MEDIA));
    then(error).hasMessage(format("%nExpecting designation change taliban-delisting%nto have subject:%n"
        + "  \"Russian media\" of russia%nbut its subject was:%n  taliban"));
  }

  @Test
  void should_pass_when_change_has_the_action() {
    assertThat(delisting).hasAction(DesignationAction.DELISTING);
  }

  @Test
  void should_fail_when_change_has_another_action() {
    AssertionError error = expectAssertionError(() -> assertThat(delisting).hasAction(DesignationAction.LISTING));
    then(error).hasMessage(format("%nExpecting designation change taliban-delisting%nto be a LISTING%n"
        + "but it was a DELISTING"));
  }

  @Test
  void should_pass_when_change_is_at_the_stage() {
    assertThat(delisting).isAtStage(DesignationStage.ANNOUNCED);
  }

  @Test
  void should_fail_when_change_is_not_yet_in_force() {
    AssertionError error = expectAssertionError(() -> assertThat(delisting).isAtStage(DesignationStage.IN_FORCE));
    then(error).hasMessage(format("%nExpecting designation change taliban-delisting%nto be at stage:%n  IN_FORCE%n"
        + "but it was at stage:%n  ANNOUNCED"));
  }

  @Test
  void should_pass_when_change_stood_at_the_stage_on_the_day() {
    assertThat(delisting).isAtStageOn(VISIT_DAY, DesignationStage.ANNOUNCED);
  }

  @Test
  void should_fail_when_change_had_reached_no_stage_on_the_day() {
    AssertionError error = expectAssertionError(
        () -> assertThat(delisting).isAtStageOn(LocalDate.of(2024, 11, 24), DesignationStage.ANNOUNCED));
    then(error).hasMessage(format("%nExpecting designation change taliban-delisting%nto stand at stage ANNOUNCED on 2024-11-24%n"
        + "but on that day it stood at:%n  no stage certainly reached"));
  }

  @Test
  void should_fail_when_change_stood_at_another_stage_on_the_day() {
    AssertionError error = expectAssertionError(
        () -> assertThat(delisting).isAtStageOn(VISIT_DAY, DesignationStage.DECIDED));
    then(error).hasMessage(format("%nExpecting designation change taliban-delisting%nto stand at stage DECIDED on 2024-11-25%n"
        + "but on that day it stood at:%n  ANNOUNCED"));
  }

  @Test
  void should_pass_when_change_is_reported_by_russian_media() {
    assertThat(delisting).isReported().isReportedBy(RUSSIAN_MEDIA).tookPlaceOn("2024-11-25");
  }

  @Test
  void should_fail_when_change_is_null() {
    DesignationChange none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).isAtStage(DesignationStage.ANNOUNCED));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
