package org.statecraft.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * A calendar date known to the year, the month or the day, possibly only approximately:
 * {@code 2024}, {@code 2024-11}, {@code 2024-11-25}, {@code 2024-11~}.
 *
 * <p>The text form is ISO 8601 at the date's true precision (proleptic Gregorian calendar, years
 * 0001 to 9999), with the ISO 8601-2 / EDTF suffix {@code ~} for an approximate date. No
 * precision is ever invented: {@code 2024-11} is not the first of November.
 *
 * <h2>Comparison</h2>
 * A partial date stands for a range of days ({@link #earliest()} to {@link #latest()}). An
 * approximate date is taken to lie anywhere within one unit of its precision on either side
 * ({@code 2024-11~} ranges from 2024-10-01 to 2024-12-31). {@link #compare(PartialDate)} answers
 * {@link DateOrder#BEFORE} or {@link DateOrder#AFTER} only when the ranges do not overlap,
 * {@link DateOrder#SAME} only for equal exact dates, and {@link DateOrder#UNKNOWN} otherwise. So
 * this class is deliberately not {@link Comparable}. For a total, deterministic order (to sort a
 * timeline) use {@link #TIMELINE_ORDER}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate {

  /**
   * A total order for sorting: by earliest possible day, then by latest possible day (so at the
   * same start a day sorts before its month, and a month before its year), then exact before
   * approximate. Consistent with {@link #equals(Object)}.
   */
  public static final Comparator<PartialDate> TIMELINE_ORDER =
      Comparator.comparing(PartialDate::earliestPossible)
          .thenComparing(PartialDate::latestPossible)
          .thenComparing(PartialDate::earliest)
          .thenComparing(PartialDate::latest)
          .thenComparing(PartialDate::isApproximate);

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown
  private final boolean approximate;

  private PartialDate(int year, int month, int day, boolean approximate) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.approximate = approximate;
  }

  /**
   * Returns a date known to the year.
   *
   * @param year from 1 to 9999
   * @return the date
   * @throws ValidationException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0, false);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @return the date
   * @throws ValidationException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw Checks.single("", ViolationCode.OUT_OF_RANGE, "month must lie in 1..12, was " + month);
    }
    return new PartialDate(year, month, 0, false);
  }

  /**
   * Returns a date known to the day.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @param day a day that exists in that month
   * @return the date
   * @throws ValidationException if the day does not exist, such as 2024-02-30
   */
  public static PartialDate ofDay(int year, int month, int day) {
    ofMonth(year, month);
    if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      throw Checks.single("", ViolationCode.OUT_OF_RANGE,
          String.format("%04d-%02d has no day %d", year, month, day));
    }
    return new PartialDate(year, month, day, false);
  }

  /**
   * Returns the exact date of the given day.
   *
   * @param date the day
   * @return the date, known to the day
   * @throws ValidationException if the year lies outside 1..9999
   */
  public static PartialDate of(LocalDate date) {
    Checks.nonNull(date, "");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses the text form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, optionally followed
   * by {@code ~} for an approximate date.
   *
   * @param text the text, such as {@code 2024-11-25} or {@code 2024~}
   * @return the date
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} if the text does not
   *     have that form (such as {@code 24-11-25}), or {@link ViolationCode#OUT_OF_RANGE} if it names
   *     a month or day that does not exist (such as {@code 2024-13} or {@code 2024-02-30})
   */
  public static PartialDate parse(String text) {
    Checks.nonNull(text, "");
    // The form YYYY[-MM[-DD]][~], checked by hand: dates are parsed on every read.
    boolean approximate = !text.isEmpty() && text.charAt(text.length() - 1) == '~';
    int length = approximate ? text.length() - 1 : text.length();
    int year = length == 4 || length == 7 || length == 10 ? digits(text, 0, 4) : -1;
    int month = length >= 7 && text.charAt(4) == '-' ? digits(text, 5, 2) : -1;
    int day = length == 10 && text.charAt(7) == '-' ? digits(text, 8, 2) : -1;
    if (year < 0 || (length >= 7 && month < 0) || (length == 10 && day < 0)) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          "date must be YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '~'; was '"
              + Checks.abbreviate(text) + "'");
    }
    PartialDate date = length == 10 ? ofDay(year, month, day) : length == 7 ? ofMonth(year, month) : ofYear(year);
    return approximate ? date.approximately() : date;
  }

  /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw Checks.single("", ViolationCode.OUT_OF_RANGE, "year must lie in 1..9999, was " + year);
    }
  }

  /**
   * Returns this date marked as approximate.
   *
   * @return an approximate date with the same precision
   */
  public PartialDate approximately() {
    return approximate ? this : new PartialDate(year, month, day, true);
  }

  /**
   * Returns the year.
   *
   * @return the year, from 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month (1 to 12), if known.
   *
   * @return the month, from 1 to 12, or empty if the date is known only to the year
   */
  public Optional<Integer> month() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /**
   * Returns the day of the month, if known.
   *
   * @return the day of the month, from 1 to 31, or empty if the date is known only to the
   *     year or the month
   */
  public Optional<Integer> day() {
    return day == 0 ? Optional.empty() : Optional.of(day);
  }

  /**
   * Returns whether the date is only approximate.
   *
   * @return true if the date is marked approximate ({@code ~} in the text form)
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * Returns how precisely the date is known.
   *
   * @return {@link DatePrecision#YEAR}, {@link DatePrecision#MONTH} or {@link DatePrecision#DAY}
   */
  public DatePrecision precision() {
    return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /**
   * Returns the exact day, if the date is known exactly to the day and not approximate.
   *
   * @return the day, or empty if the date is known only to the month or the year, or is approximate
   */
  public Optional<LocalDate> toLocalDate() {
    return day != 0 && !approximate ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /**
   * Returns the first day the date stands for, ignoring approximation: 2024-11 gives 2024-11-01.
   *
   * @return the first day of the year or month, or the day itself
   */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * Returns the last day the date stands for, ignoring approximation: 2024-11 gives 2024-11-30.
   *
   * @return the last day of the year or month, or the day itself
   */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** The first day the date may be, widened by one unit of precision when approximate. */
  LocalDate earliestPossible() {
    LocalDate d = earliest();
    if (!approximate) {
      return d;
    }
    switch (precision()) {
      case DAY: return d.minusDays(1);
      case MONTH: return d.minusMonths(1);
      default: return d.minusYears(1);
    }
  }

  /** The last day the date may be, widened by one unit of precision when approximate. */
  LocalDate latestPossible() {
    LocalDate d = latest();
    if (!approximate) {
      return d;
    }
    switch (precision()) {
      case DAY: return d.plusDays(1);
      case MONTH: return d.plusMonths(1).withDayOfMonth(d.plusMonths(1).lengthOfMonth());
      default: return d.plusYears(1);
    }
  }

  /**
   * Compares this date with another, honestly: see the class description.
   *
   * @param other the other date
   * @return {@code BEFORE} or {@code AFTER} only when certain; {@code SAME} only for equal exact
   *     dates; {@code UNKNOWN} otherwise
   * @throws ValidationException with code {@link ViolationCode#REQUIRED} if {@code other} is null
   */
  public DateOrder compare(PartialDate other) {
    Checks.nonNull(other, "other");
    if (latestPossible().isBefore(other.earliestPossible())) {
      return DateOrder.BEFORE;
    }
    if (earliestPossible().isAfter(other.latestPossible())) {
      return DateOrder.AFTER;
    }
    if (equals(other) && !approximate) {
      return DateOrder.SAME;
    }
    return DateOrder.UNKNOWN;
  }

  /**
   * Tells whether this date is certainly before the other.
   *
   * @param other the other date
   * @return true only if every day this date may be comes before every day the other may be
   */
  public boolean isBefore(PartialDate other) {
    return compare(other) == DateOrder.BEFORE;
  }

  /**
   * Tells whether this date is certainly after the other.
   *
   * @param other the other date
   * @return true only if every day this date may be comes after every day the other may be
   */
  public boolean isAfter(PartialDate other) {
    return compare(other) == DateOrder.AFTER;
  }

  /**
   * Tells whether this date is on or before the given day.
   *
   * @param day the day
   * @return {@code YES}, {@code NO}, or {@code UNKNOWN} when the day falls within this date's range
   */
  public Answer isOnOrBefore(LocalDate day) {
    Checks.nonNull(day, "day");
    if (!latestPossible().isAfter(day)) {
      return Answer.YES;
    }
    if (earliestPossible().isAfter(day)) {
      return Answer.NO;
    }
    return Answer.UNKNOWN;
  }

  /**
   * Tells whether this date is on or after the given day.
   *
   * @param day the day
   * @return {@code YES}, {@code NO}, or {@code UNKNOWN} when the day falls within this date's range
   */
  public Answer isOnOrAfter(LocalDate day) {
    Checks.nonNull(day, "day");
    if (!earliestPossible().isBefore(day)) {
      return Answer.YES;
    }
    if (latestPossible().isBefore(day)) {
      return Answer.NO;
    }
    return Answer.UNKNOWN;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) o;
    return year == that.year && month == that.month && day == that.day && approximate == that.approximate;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 2 + (approximate ? 1 : 0);
  }

  /** Returns the ISO 8601 text form at the date's precision, such as {@code 2024-11} or {@code 2024~}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(11);
    sb.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
        .append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10));
    if (month != 0) {
      sb.append('-').append(month < 10 ? "0" : "").append(month);
    }
    if (day != 0) {
      sb.append('-').append(day < 10 ? "0" : "").append(day);
    }
    if (approximate) {
      sb.append('~');
    }
    return sb.toString();
  }
}
