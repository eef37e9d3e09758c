package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.date;
import static org.statecraft.core.TestData.interval;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateIntervalTest {

  @Test
  void rejects_end_before_start() {
    assertViolations(() -> DateInterval.of(date("2024-11-25"), date("2024-11-24")))
        .containsExactly(tuple("end", ViolationCode.END_BEFORE_START));
    assertViolations(() -> DateInterval.of(Optional.of(date("2025")), Optional.of(date("2024-12"))))
        .containsExactly(tuple("end", ViolationCode.END_BEFORE_START));
  }

  @Test
  void parse_rejects_end_before_start() {
    assertViolations(() -> DateInterval.parse("2024-11-25/2024-11-24"))
        .containsExactly(tuple("end", ViolationCode.END_BEFORE_START));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-11/2024-11-02", "2024/2024-03", "2024-11-25/2024-11", "2024-11-25~/2024-11-24",
      "2024-11-25/2024-11-25"})
  void allows_bounds_whose_order_is_unknown_or_equal(String text) {
    DateInterval i = interval(text);
    assertThat(i.start()).isPresent();
    assertThat(i.end()).isPresent();
  }

  @Test
  void a_single_date_is_an_interval_from_and_to_it() {
    DateInterval on = DateInterval.on(date("2024-11-25"));
    assertThat(on.isSingleDate()).isTrue();
    assertThat(on.start()).contains(date("2024-11-25"));
    assertThat(on.end()).contains(date("2024-11-25"));
    assertThat(on).isEqualTo(DateInterval.of(date("2024-11-25"), date("2024-11-25")))
        .isEqualTo(DateInterval.on(LocalDate.of(2024, 11, 25)))
        .isEqualTo(interval("2024-11-25"));
    assertThat(on.toString()).isEqualTo("2024-11-25");
  }

  @Test
  void open_ends_are_absent_bounds() {
    assertThat(DateInterval.from(date("1999-10")).end()).isEmpty();
    assertThat(DateInterval.until(date("2024-11-25")).start()).isEmpty();
    assertThat(DateInterval.unbounded().isUnbounded()).isTrue();
    assertThat(DateInterval.of(Optional.empty(), Optional.empty())).isEqualTo(DateInterval.unbounded());
    assertThat(DateInterval.from(date("1999")).isUnbounded()).isFalse();
    assertThat(DateInterval.from(date("1999")).isSingleDate()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "2024-11-25, 2024-11-25, 2024-11-25",
      "../2024-11-25, , 2024-11-25",
      "1999-10/.., 1999-10, ",
      "../.., , ",
      "2024-11/2024-12~, 2024-11, 2024-12~",
      "2024~/2025, 2024~, 2025"})
  void parses_and_prints_the_text_form(String text, String start, String end) {
    DateInterval i = interval(text);
    assertThat(i.start()).isEqualTo(Optional.ofNullable(start).map(PartialDate::parse));
    assertThat(i.end()).isEqualTo(Optional.ofNullable(end).map(PartialDate::parse));
    assertThat(i.toString()).isEqualTo(text);
    assertThat(interval(i.toString())).isEqualTo(i);
  }

  @Test
  void equal_bounds_print_as_a_single_date() {
    assertThat(interval("2024-11/2024-11").toString()).isEqualTo("2024-11");
  }

  @Test
  void parse_names_the_offending_bound() {
    assertViolations(() -> DateInterval.parse("2024-13/2025")).containsExactly(tuple("start", ViolationCode.OUT_OF_RANGE));
    assertViolations(() -> DateInterval.parse("2024/24-1")).containsExactly(tuple("end", ViolationCode.INVALID_FORMAT));
    assertViolations(() -> DateInterval.parse("/2024")).containsExactly(tuple("start", ViolationCode.INVALID_FORMAT));
    assertViolations(() -> DateInterval.parse("2024/")).containsExactly(tuple("end", ViolationCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024/2025/2026", "", "..", "2024-11-25/../..", "...", "2024 / 2025"})
  void rejects_malformed_text(String text) {
    assertThat(TestData.violations(() -> DateInterval.parse(text)))
        .extracting(t -> t.toList().get(1))
        .containsOnly(ViolationCode.INVALID_FORMAT);
  }

  @Test
  void null_arguments_are_required_violations() {
    assertViolations(() -> DateInterval.parse(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
    assertViolations(() -> DateInterval.of(null, date("2024"))).containsExactly(tuple("start", ViolationCode.REQUIRED));
    assertViolations(() -> DateInterval.of(date("2024"), null)).containsExactly(tuple("end", ViolationCode.REQUIRED));
    assertViolations(() -> DateInterval.of(Optional.empty(), null)).containsExactly(tuple("end", ViolationCode.REQUIRED));
    assertViolations(() -> DateInterval.on((PartialDate) null)).containsExactly(tuple("", ViolationCode.REQUIRED));
    assertViolations(() -> DateInterval.unbounded().contains(null)).containsExactly(tuple("day", ViolationCode.REQUIRED));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
      "2024-11-25, 2024-11-25, YES",
      "2024-11-25, 2024-11-24, NO",
      "2024-11-25, 2024-11-26, NO",
      "2024-11, 2024-11-10, UNKNOWN",  // a month-long event may or may not cover that day
      "2024-11, 2024-12-01, NO",
      "2024-11/.., 2024-11-10, UNKNOWN",
      "2024-11/.., 2024-12-01, YES",
      "2024-11/.., 2024-10-31, NO",
      "../2024-11-25, 1900-01-01, YES",
      "../2024-11-25, 2024-11-26, NO",
      "../2024-11, 2024-11-30, UNKNOWN",
      "../.., 2024-11-25, YES",
      "2024-11-25~/.., 2024-11-25, UNKNOWN",
      "2024-11-25~/.., 2024-11-24, UNKNOWN",
      "2024-11-25~/.., 2024-11-23, NO",
      "2024-11/2024-11-02, 2024-11-02, UNKNOWN",
      "2024-11/2024-11-02, 2024-11-03, NO"})
  void contains_answers_yes_no_or_unknown(String text, LocalDate day, Answer expected) {
    assertThat(interval(text).contains(day)).isEqualTo(expected);
  }

  @Test
  void anchor_is_the_start_else_the_end() {
    assertThat(interval("2024-11/2024-12").anchor()).contains(date("2024-11"));
    assertThat(interval("../2024-12").anchor()).contains(date("2024-12"));
    assertThat(interval("2024/..").anchor()).contains(date("2024"));
    assertThat(DateInterval.unbounded().anchor()).isEmpty();
  }

  @Test
  void equality_is_by_value() {
    assertThat(interval("2024/2025")).isEqualTo(DateInterval.of(date("2024"), date("2025")))
        .hasSameHashCodeAs(DateInterval.of(date("2024"), date("2025")))
        .isNotEqualTo(interval("2024/..")).isNotEqualTo(interval("../2025"));
  }
}
