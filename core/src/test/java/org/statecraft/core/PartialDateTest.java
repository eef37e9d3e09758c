package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void parses_a_year() {
    PartialDate d = date("2024");
    assertThat(d.year()).isEqualTo(2024);
    assertThat(d.month()).isEmpty();
    assertThat(d.day()).isEmpty();
    assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(d.isApproximate()).isFalse();
    assertThat(d).isEqualTo(PartialDate.ofYear(2024));
  }

  @Test
  void parses_a_month() {
    PartialDate d = date("2024-11");
    assertThat(d.month()).contains(11);
    assertThat(d.day()).isEmpty();
    assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(d).isEqualTo(PartialDate.ofMonth(2024, 11));
  }

  @Test
  void parses_a_day() {
    PartialDate d = date("2024-11-25");
    assertThat(d.day()).contains(25);
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(d).isEqualTo(PartialDate.ofDay(2024, 11, 25)).isEqualTo(PartialDate.of(LocalDate.of(2024, 11, 25)));
    assertThat(d.toLocalDate()).contains(LocalDate.of(2024, 11, 25));
  }

  @ParameterizedTest
  @CsvSource({"2024~, YEAR", "2024-11~, MONTH", "2024-11-25~, DAY"})
  void parses_approximate_dates_at_every_precision(String text, DatePrecision precision) {
    PartialDate d = date(text);
    assertThat(d.isApproximate()).isTrue();
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d).isEqualTo(date(text.substring(0, text.length() - 1)).approximately());
  }

  @Test
  void approximate_day_has_no_exact_local_date() {
    assertThat(date("2024-11-25~").toLocalDate()).isEmpty();
    assertThat(date("2024-11").toLocalDate()).isEmpty();
  }

  @Test
  void approximate_and_exact_dates_are_not_equal() {
    assertThat(date("2024-11~")).isNotEqualTo(date("2024-11"));
    assertThat(date("2024-11~").approximately()).isEqualTo(date("2024-11~"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-04-31", "2024-13", "2024-00", "2024-11-00", "0000", "0000-01-01"})
  void rejects_dates_that_do_not_exist(String text) {
    assertViolations(() -> PartialDate.parse(text)).containsExactly(tuple("", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void accepts_the_leap_day() {
    assertThat(date("2024-02-29").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24-11-25", "10000", "2024-1", "2024-11-5", "2024/11/25", "2024-11-25T00:00",
      " 2024", "2024 ", "", "~", "2024~~", "~2024", "2024-11-25Z", "２０２４", "-2024"})
  void rejects_text_not_in_the_iso_form(String text) {
    assertViolations(() -> PartialDate.parse(text)).containsExactly(tuple("", ViolationCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10000})
  void rejects_years_outside_1_to_9999(int year) {
    assertViolations(() -> PartialDate.ofYear(year)).containsExactly(tuple("", ViolationCode.OUT_OF_RANGE));
    assertViolations(() -> PartialDate.ofMonth(year, 1)).containsExactly(tuple("", ViolationCode.OUT_OF_RANGE));
    assertViolations(() -> PartialDate.ofDay(year, 1, 1)).containsExactly(tuple("", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void accepts_the_first_and_last_years() {
    assertThat(date("0001").year()).isEqualTo(1);
    assertThat(date("9999-12-31").latest()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void rejects_a_local_date_outside_the_year_range() {
    assertViolations(() -> PartialDate.of(LocalDate.of(10000, 1, 1))).containsExactly(tuple("", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void null_query_arguments_are_required_violations() {
    assertViolations(() -> date("2024").compare(null)).containsExactly(tuple("other", ViolationCode.REQUIRED));
    assertViolations(() -> date("2024").isOnOrBefore(null)).containsExactly(tuple("day", ViolationCode.REQUIRED));
    assertViolations(() -> date("2024").isOnOrAfter(null)).containsExactly(tuple("day", ViolationCode.REQUIRED));
  }

  @Test
  void null_input_is_a_required_violation() {
    assertViolations(() -> PartialDate.parse(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
    assertViolations(() -> PartialDate.of(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "2024-11", "2024-11-25", "2024~", "2024-01~", "2024-11-05~", "0001", "9999-12-31"})
  void text_form_round_trips(String text) {
    assertThat(date(text).toString()).isEqualTo(text);
    assertThat(date(date(text).toString())).isEqualTo(date(text));
  }

  @Test
  void earliest_and_latest_span_the_days_the_date_stands_for() {
    assertThat(date("2024").earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(date("2024").latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(date("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(date("2023-02").latest()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(date("2024-11-25").earliest()).isEqualTo(date("2024-11-25").latest());
  }

  @Test
  void approximation_widens_by_one_unit_of_precision() {
    assertThat(date("2024-11~").earliestPossible()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(date("2024-11~").latestPossible()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(date("2024-01~").latestPossible()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(date("2024~").earliestPossible()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(date("2024~").latestPossible()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(date("2024-11-25~").earliestPossible()).isEqualTo(LocalDate.of(2024, 11, 24));
    assertThat(date("2024-11-25~").latestPossible()).isEqualTo(LocalDate.of(2024, 11, 26));
    // the approximation does not change the nominal range
    assertThat(date("2024-11~").earliest()).isEqualTo(LocalDate.of(2024, 11, 1));
  }

  @ParameterizedTest(name = "{0} vs {1} is {2}")
  @CsvSource({
      "2024-11-24, 2024-11-25, BEFORE",
      "2024-11-25, 2024-11-24, AFTER",
      "2024-11-25, 2024-11-25, SAME",
      "2024-11, 2024-11, SAME",
      "2024, 2024, SAME",
      "2024-10, 2024-11-01, BEFORE",
      "2023, 2024-01-01, BEFORE",
      "2025, 2024-12-31, AFTER",
      "2024, 2024-11, UNKNOWN",
      "2024-11, 2024, UNKNOWN",
      "2024-11, 2024-11-25, UNKNOWN",
      "2024-11-25, 2024-11, UNKNOWN",
      "2024-11-25~, 2024-11-25~, UNKNOWN",
      "2024-11-25~, 2024-11-25, UNKNOWN",
      // approximate dates widen by one unit: neighbours become unknown, further dates stay certain
      "2024-11-24, 2024-11-25~, UNKNOWN",
      "2024-11-23, 2024-11-25~, BEFORE",
      "2024-10-31, 2024-11~, UNKNOWN",
      "2024-09-30, 2024-11~, BEFORE",
      "2024-12-31, 2024-11~, UNKNOWN",
      "2025-01-01, 2024-11~, AFTER",
      "2023-06, 2024~, UNKNOWN",
      "2022-12-31, 2024~, BEFORE",
      "2026-01-01, 2024~, AFTER",
      "2024-10~, 2024-11~, UNKNOWN",
      "2024-09~, 2024-11~, UNKNOWN",
      "2024-08~, 2024-11~, BEFORE"})
  void compare_is_certain_only_when_the_ranges_do_not_overlap(String a, String b, DateOrder expected) {
    assertThat(date(a).compare(date(b))).isEqualTo(expected);
    assertThat(date(a).isBefore(date(b))).isEqualTo(expected == DateOrder.BEFORE);
    assertThat(date(a).isAfter(date(b))).isEqualTo(expected == DateOrder.AFTER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "2024-11", "2024-11-25", "2024~", "2024-11~", "2024-11-25~", "2023-06", "2025-01-01"})
  void compare_is_antisymmetric(String other) {
    for (String text : List.of("2024", "2024-11", "2024-11-25", "2024-11-25~", "2024-12")) {
      DateOrder forward = date(text).compare(date(other));
      DateOrder backward = date(other).compare(date(text));
      DateOrder mirrored = forward == DateOrder.BEFORE ? DateOrder.AFTER
          : forward == DateOrder.AFTER ? DateOrder.BEFORE : forward;
      assertThat(backward).as("%s vs %s", other, text).isEqualTo(mirrored);
    }
  }

  @Test
  void timeline_order_sorts_by_earliest_day_then_finer_precision_first() {
    List<PartialDate> dates = new ArrayList<>(List.of(
        date("2025"), date("2024"), date("2024-11"), date("2024-11-25"), date("2024-11-01"),
        date("2024-01-01"), date("2024-01"), date("2024-11-01~"), date("2024-11~")));
    dates.sort(PartialDate.TIMELINE_ORDER);
    assertThat(dates).extracting(PartialDate::toString).containsExactly(
        "2024-01-01", "2024-01", "2024",
        "2024-11~",      // may start in 2024-10
        "2024-11-01~",   // may be 2024-10-31
        "2024-11-01", "2024-11", "2024-11-25", "2025");
  }

  @Test
  void timeline_order_is_consistent_with_equals() {
    List<PartialDate> all = new ArrayList<>();
    for (String base : List.of("2023", "2024", "2024-01", "2024-02", "2024-11", "2024-12", "2024-01-01",
        "2024-02-29", "2024-11-25", "2024-12-31", "2025-01-01")) {
      all.add(date(base));
      all.add(date(base).approximately());
    }
    for (PartialDate a : all) {
      for (PartialDate b : all) {
        int ab = PartialDate.TIMELINE_ORDER.compare(a, b);
        assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(PartialDate.TIMELINE_ORDER.compare(b, a)));
        for (PartialDate c : all) {
          if (ab < 0 && PartialDate.TIMELINE_ORDER.compare(b, c) < 0) {
            assertThat(PartialDate.TIMELINE_ORDER.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
          }
        }
        if (a.compare(b) == DateOrder.BEFORE) {
          assertThat(ab).as("certain order agrees: %s before %s", a, b).isNegative();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} on or before {1}: {2}; on or after: {3}")
  @CsvSource({
      "2024-11-25, 2024-11-25, YES, YES",
      "2024-11-24, 2024-11-25, YES, NO",
      "2024-11-26, 2024-11-25, NO, YES",
      "2024-11, 2024-11-25, UNKNOWN, UNKNOWN",
      "2024-11, 2024-11-30, YES, UNKNOWN",
      "2024-11, 2024-11-01, UNKNOWN, YES",
      "2024-11, 2024-12-01, YES, NO",
      "2024-11, 2024-10-31, NO, YES",
      "2024, 2024-06-01, UNKNOWN, UNKNOWN",
      "2024-11~, 2024-12-01, UNKNOWN, UNKNOWN",
      "2024-11~, 2025-01-01, YES, NO",
      "2024-11-25~, 2024-11-25, UNKNOWN, UNKNOWN",
      "2024-11-25~, 2024-11-26, YES, UNKNOWN"})
  void on_or_before_and_on_or_after_are_honest_about_imprecision(String d, LocalDate day, Answer onOrBefore, Answer onOrAfter) {
    assertThat(date(d).isOnOrBefore(day)).isEqualTo(onOrBefore);
    assertThat(date(d).isOnOrAfter(day)).isEqualTo(onOrAfter);
  }

  @Test
  void equal_dates_have_equal_hash_codes() {
    assertThat(date("2024-11-25~")).hasSameHashCodeAs(PartialDate.ofDay(2024, 11, 25).approximately());
    assertThat(date("2024-11").hashCode()).isNotEqualTo(date("2024-11~").hashCode());
  }
}
