package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.Kabul.TALIBAN_OFFICIALS;
import static org.statecraft.test.Kabul.UNITED_STATES;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statecraft.core.DateInterval;
import org.statecraft.core.EventId;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;

class SanctionAssertTest {

  private static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);

  private final Sanction sanction = Kabul.usSanctions();

  @Test
  void should_pass_when_sanction_is_imposed_by_the_authority() {
    assertThat(sanction).hasAuthority(UNITED_STATES);
  }

  @Test
  void should_fail_when_sanction_is_imposed_by_another_authority() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).hasAuthority(RUSSIA));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto have authority:%n  russia%n"
        + "but its authority was:%n  united-states"));
  }

  @Test
  void should_pass_when_actor_is_a_target() {
    assertThat(sanction).hasTarget(TALIBAN).hasTargets(TALIBAN);
  }

  @Test
  void should_fail_when_actor_is_not_a_target() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).hasTarget(TALIBAN_OFFICIALS));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto have target:%n"
        + "  \"Taliban officials\" of taliban%nbut its targets were:%n  [taliban]"));
  }

  @Test
  void should_fail_when_targets_differ() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).hasTargets(TALIBAN, RUSSIA));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto have exactly these targets, in any order:%n"
        + "  [taliban, russia]%nbut they were:%n  [taliban]%nmissing:%n  [russia]"));
  }

  @Test
  void should_pass_when_measures_are_exactly_the_given_ones_in_any_order() {
    assertThat(sanction).hasMeasures(SanctionMeasure.TRAVEL_BAN, SanctionMeasure.ASSET_FREEZE);
  }

  @Test
  void should_fail_when_a_measure_is_missing() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).hasMeasures(SanctionMeasure.ASSET_FREEZE));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto have exactly these measures, in any order:%n"
        + "  [ASSET_FREEZE]%nbut they were:%n  [ASSET_FREEZE, TRAVEL_BAN]%nunexpected:%n  [TRAVEL_BAN]"));
  }

  @Test
  void should_pass_when_sanction_has_the_status() {
    assertThat(sanction).hasStatus(SanctionStatus.IN_FORCE);
  }

  @Test
  void should_fail_when_sanction_has_another_status() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).hasStatus(SanctionStatus.LIFTED));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto have status:%n  LIFTED%n"
        + "but its status was:%n  IN_FORCE"));
  }

  @Test
  void should_pass_when_sanction_is_in_force_on_the_day() {
    assertThat(sanction).isInForceOn(VISIT_DAY);
  }

  @Test
  void should_fail_when_sanction_was_not_yet_imposed() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).isInForceOn(LocalDate.of(2021, 7, 1)));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto be in force on:%n  2021-07-01%n"
        + "but the answer is NO: its status is IN_FORCE and it applies during 2021-08/.."));
  }

  @Test
  void should_fail_when_it_is_unknown_whether_sanction_was_in_force() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).isInForceOn(LocalDate.of(2021, 8, 15)));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nto be in force on:%n  2021-08-15%n"
        + "but the answer is UNKNOWN: its status is IN_FORCE and it applies during 2021-08/.."));
  }

  @Test
  void should_pass_when_a_proposed_sanction_is_not_in_force() {
    // GIVEN
    Sanction proposed = Sanction.builder().id(EventId.of("proposed-sanction"))
        .when(DateInterval.from(PartialDate.parse("2024-12")))
        .authority(RUSSIA).addTarget(TALIBAN).addMeasure(SanctionMeasure.ARMS_EMBARGO)
        .status(SanctionStatus.PROPOSED)
        .addProvenance(Provenance.stated(Kabul.REPORT, 3))
        .build();
    // THEN
    assertThat(proposed).isNotInForceOn(LocalDate.of(2025, 1, 1));
  }

  @Test
  void should_fail_when_sanction_is_expected_not_in_force_but_is() {
    AssertionError error = expectAssertionError(() -> assertThat(sanction).isNotInForceOn(VISIT_DAY));
    then(error).hasMessage(format("%nExpecting sanction us-sanctions-taliban%nnot to be in force on:%n  2024-11-25%n"
        + "but the answer is YES: its status is IN_FORCE and it applies during 2021-08/.."));
  }

  @Test
  void should_fail_when_sanction_is_null() {
    Sanction none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).isInForceOn(VISIT_DAY));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
