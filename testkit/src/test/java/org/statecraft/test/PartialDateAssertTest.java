package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.DatePrecision;
import org.statecraft.core.PartialDate;
import org.statecraft.core.ValidationException;

class PartialDateAssertTest {

  private final PartialDate november = PartialDate.parse("2024-11");
  private final PartialDate visitDay = PartialDate.parse("2024-11-25");

  @Test
  void should_pass_when_date_has_the_precision() {
    assertThat(november).hasPrecision(DatePrecision.MONTH);
  }

  @Test
  void should_fail_when_date_has_another_precision() {
    AssertionError error = expectAssertionError(() -> assertThat(november).hasPrecision(DatePrecision.DAY));
    then(error).hasMessage(format("%nExpecting date 2024-11%nto be known to the DAY%nbut it is known to the MONTH"));
  }

  @Test
  void should_pass_when_date_is_approximate() {
    assertThat(PartialDate.parse("2024~")).isApproximate();
  }

  @Test
  void should_fail_when_date_is_exact_but_expected_approximate() {
    AssertionError error = expectAssertionError(() -> assertThat(november).isApproximate());
    then(error).hasMessage(format("%nExpecting date 2024-11%nto be approximate%nbut it is exact"));
  }

  @Test
  void should_pass_when_date_is_exact() {
    assertThat(november).isExact();
  }

  @Test
  void should_fail_when_date_is_approximate_but_expected_exact() {
    AssertionError error = expectAssertionError(() -> assertThat(PartialDate.parse("2024~")).isExact());
    then(error).hasMessage(format("%nExpecting date 2024~%nto be exact%nbut it is approximate"));
  }

  @Test
  void should_pass_when_date_is_certainly_before_the_other() {
    assertThat(PartialDate.parse("2024-10")).isBefore(visitDay).isBefore("2024-11-25");
  }

  @Test
  void should_fail_when_order_with_the_later_date_is_unknown() {
    AssertionError error = expectAssertionError(() -> assertThat(november).isBefore("2024-11-25"));
    then(error).hasMessage(format("%nExpecting date 2024-11%nto be certainly before:%n  2024-11-25%n"
        + "but compared with it, it is UNKNOWN"));
  }

  @Test
  void should_pass_when_date_is_certainly_after_the_other() {
    assertThat(visitDay).isAfter(PartialDate.parse("2024-10")).isAfter("2023");
  }

  @Test
  void should_fail_when_date_is_before_but_expected_after() {
    AssertionError error = expectAssertionError(() -> assertThat(november).isAfter("2025"));
    then(error).hasMessage(format("%nExpecting date 2024-11%nto be certainly after:%n  2025%n"
        + "but compared with it, it is BEFORE"));
  }

  @Test
  void should_pass_when_dates_are_the_same() {
    assertThat(november).isSameAs(PartialDate.ofMonth(2024, 11)).isSameAs("2024-11");
  }

  @Test
  void should_fail_when_dates_are_not_the_same() {
    AssertionError error = expectAssertionError(() -> assertThat(november).isSameAs("2024-10"));
    then(error).hasMessage(format("%nExpecting date 2024-11%nto be the same date as:%n  2024-10%n"
        + "but compared with it, it is AFTER"));
  }

  @Test
  void should_pass_when_order_is_unknown() {
    assertThat(november).hasUnknownOrderWith(visitDay).hasUnknownOrderWith("2024");
  }

  @Test
  void should_fail_when_order_is_known_but_expected_unknown() {
    AssertionError error = expectAssertionError(() -> assertThat(visitDay).hasUnknownOrderWith("2024-11-25"));
    then(error).hasMessage(format("%nExpecting date 2024-11-25%nto have an unknown order with:%n  2024-11-25%n"
        + "but compared with it, it is SAME"));
  }

  @Test
  void should_reject_malformed_date_text_with_the_model_error() {
    thenThrownBy(() -> assertThat(november).isBefore("25/11/2024")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("25/11/2024");
  }

  @Test
  void should_fail_when_date_is_null() {
    PartialDate none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).isBefore(visitDay));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
