package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statecraft.core.DateInterval;

class DateIntervalAssertTest {

  private final DateInterval sinceAugust2021 = DateInterval.parse("2021-08/..");
  private final DateInterval visitDay = DateInterval.parse("2024-11-25");

  @Test
  void should_pass_when_interval_certainly_contains_the_day() {
    assertThat(sinceAugust2021).contains(LocalDate.of(2024, 11, 25));
  }

  @Test
  void should_fail_when_interval_only_may_contain_the_day() {
    AssertionError error = expectAssertionError(() -> assertThat(sinceAugust2021).contains(LocalDate.of(2021, 8, 10)));
    then(error).hasMessage(format("%nExpecting interval 2021-08/..%nto certainly contain:%n  2021-08-10%n"
        + "but whether it contains that day is UNKNOWN"));
  }

  @Test
  void should_pass_when_interval_certainly_does_not_contain_the_day() {
    assertThat(sinceAugust2021).doesNotContain(LocalDate.of(2021, 7, 31));
  }

  @Test
  void should_fail_when_interval_contains_the_day_but_is_expected_not_to() {
    AssertionError error = expectAssertionError(() -> assertThat(visitDay).doesNotContain(LocalDate.of(2024, 11, 25)));
    then(error).hasMessage(format("%nExpecting interval 2024-11-25%nto certainly not contain:%n  2024-11-25%n"
        + "but whether it contains that day is YES"));
  }

  @Test
  void should_pass_when_interval_may_contain_the_day() {
    assertThat(sinceAugust2021).mayContain(LocalDate.of(2021, 8, 10));
  }

  @Test
  void should_fail_when_interval_certainly_excludes_the_day_but_is_expected_to_maybe_contain_it() {
    AssertionError error = expectAssertionError(() -> assertThat(visitDay).mayContain(LocalDate.of(2024, 11, 26)));
    then(error).hasMessage(format("%nExpecting interval 2024-11-25%nto be uncertain whether it contains:%n  2024-11-26%n"
        + "but whether it contains that day is NO"));
  }

  @Test
  void should_pass_when_interval_is_open_at_the_end() {
    assertThat(sinceAugust2021).isOpenAtEnd();
  }

  @Test
  void should_fail_when_interval_has_an_end() {
    AssertionError error = expectAssertionError(() -> assertThat(visitDay).isOpenAtEnd());
    then(error).hasMessage(format("%nExpecting interval 2024-11-25%nto have no known end%nbut it ends on 2024-11-25"));
  }

  @Test
  void should_pass_when_interval_is_open_at_the_start() {
    assertThat(DateInterval.parse("../2024-11-25")).isOpenAtStart();
  }

  @Test
  void should_fail_when_interval_has_a_start() {
    AssertionError error = expectAssertionError(() -> assertThat(sinceAugust2021).isOpenAtStart());
    then(error).hasMessage(format("%nExpecting interval 2021-08/..%nto have no known start%nbut it starts on 2021-08"));
  }

  @Test
  void should_pass_when_interval_is_a_single_date() {
    assertThat(visitDay).isSingleDate();
  }

  @Test
  void should_fail_when_interval_is_not_a_single_date() {
    AssertionError error = expectAssertionError(() -> assertThat(sinceAugust2021).isSingleDate());
    then(error).hasMessage(format("%nExpecting interval 2021-08/..%nto be a single date%nbut it spans from its start to its end"));
  }

  @Test
  void should_fail_when_interval_is_null() {
    DateInterval none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).isSingleDate());
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
