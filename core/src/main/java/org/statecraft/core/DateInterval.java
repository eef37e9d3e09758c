package org.statecraft.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of time between two {@link PartialDate}s, both inclusive, either of which may be open.
 *
 * <p>An absent start means no beginning is known and the interval reaches back indefinitely; an
 * absent end means it is ongoing, or its end is not known. An interval whose start and end are
 * the same date is a single date, as used for an event that took place on one day.
 *
 * <p>The end is never certainly before the start: building {@code 2024-11-25/2024-11-24} fails
 * with {@link ViolationCode#END_BEFORE_START}. Bounds whose order is unknown, such as
 * {@code 2024-11/2024-11-02}, are allowed.
 *
 * <p>The text form follows ISO 8601-2 (EDTF): a single date ({@code 2024-11-25}), or
 * {@code start/end} with {@code ..} for an open end ({@code ../2024-11-25}, {@code 1999-10/..},
 * {@code ../..}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateInterval {

  private static final DateInterval UNBOUNDED = new DateInterval(null, null);

  private final PartialDate start; // null when open
  private final PartialDate end; // null when open

  private DateInterval(PartialDate start, PartialDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the interval between two dates, either of which may be empty for an open end.
   *
   * @param start the first date, or empty if no beginning is known
   * @param end the last date, or empty if ongoing or not known
   * @return the interval
   * @throws ValidationException naming {@code end} if the end is certainly before the start
   */
  public static DateInterval of(Optional<PartialDate> start, Optional<PartialDate> end) {
    Checks.nonNull(start, "start");
    Checks.nonNull(end, "end");
    if (start.isEmpty() && end.isEmpty()) {
      return UNBOUNDED;
    }
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw Checks.single("end", ViolationCode.END_BEFORE_START,
          "must not be before the start (" + start.get() + "), was " + end.get());
    }
    return new DateInterval(start.orElse(null), end.orElse(null));
  }

  /**
   * Returns the interval between two known dates.
   *
   * @param start the first date
   * @param end the last date
   * @return the interval
   * @throws ValidationException naming {@code end} if the end is certainly before the start
   */
  public static DateInterval of(PartialDate start, PartialDate end) {
    return of(Optional.of(Checks.nonNull(start, "start")), Optional.of(Checks.nonNull(end, "end")));
  }

  /**
   * Returns the single date {@code date}: an interval that starts and ends on it.
   *
   * @param date the date
   * @return the interval
   */
  public static DateInterval on(PartialDate date) {
    Checks.nonNull(date, "");
    return new DateInterval(date, date);
  }

  /**
   * Returns the single day {@code date}.
   *
   * @param date the day
   * @return the interval
   */
  public static DateInterval on(LocalDate date) {
    return on(PartialDate.of(date));
  }

  /**
   * Returns the interval that starts on {@code start} and is ongoing or has no known end.
   *
   * @param start the first date
   * @return the interval
   */
  public static DateInterval from(PartialDate start) {
    return of(Optional.of(Checks.nonNull(start, "start")), Optional.empty());
  }

  /**
   * Returns the interval that ends on {@code end} and has no known beginning; used too for "some
   * time on or before {@code end}".
   *
   * @param end the last date
   * @return the interval
   */
  public static DateInterval until(PartialDate end) {
    return of(Optional.empty(), Optional.of(Checks.nonNull(end, "end")));
  }

  /**
   * Returns the interval with no known bounds.
   *
   * @return the unbounded interval
   */
  public static DateInterval unbounded() {
    return UNBOUNDED;
  }

  /**
   * Parses the text form: a date, or {@code start/end} with {@code ..} for an open end.
   *
   * @param text such as {@code 2024-11-25}, {@code ../2024-11-25} or {@code 1999-10/..}
   * @return the interval
   * @throws ValidationException with the path {@code start} or {@code end} of the offending bound
   */
  public static DateInterval parse(String text) {
    Checks.nonNull(text, "");
    int slash = text.indexOf('/');
    if (slash < 0) {
      return on(PartialDate.parse(text));
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          "an interval has one '/' between its start and end; was '" + Checks.abbreviate(text) + "'");
    }
    Optional<PartialDate> start = bound(text.substring(0, slash), "start");
    Optional<PartialDate> end = bound(text.substring(slash + 1), "end");
    return of(start, end);
  }

  private static Optional<PartialDate> bound(String text, String path) {
    if ("..".equals(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (ValidationException e) {
      throw e.under(path);
    }
  }

  /**
   * Returns the first date, if a beginning is known.
   *
   * @return the start, or empty if the interval reaches back indefinitely
   */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the last date, if an end is known.
   *
   * @return the end, or empty if the interval is ongoing or its end is not known
   */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns whether this interval is a single date (start and end present and equal).
   *
   * @return true if the start and end are the same partial date, as in {@code 2024-11-25} or
   *     {@code 2024-11}; false for open intervals
   */
  public boolean isSingleDate() {
    return start != null && start.equals(end);
  }

  /**
   * Returns whether neither bound is known.
   *
   * @return true only for {@code ../..}
   */
  public boolean isUnbounded() {
    return start == null && end == null;
  }

  /**
   * Tells whether the given day lies within this interval.
   *
   * @param day the day
   * @return {@code YES} or {@code NO} when certain; {@code UNKNOWN} when the day falls within the
   *     imprecision of a bound, such as 2024-11-10 for an interval starting in 2024-11
   */
  public Answer contains(LocalDate day) {
    Checks.nonNull(day, "day");
    Answer afterStart = start == null ? Answer.YES : start.isOnOrBefore(day);
    Answer beforeEnd = end == null ? Answer.YES : end.isOnOrAfter(day);
    return afterStart.and(beforeEnd);
  }

  /**
   * Returns the date used to place this interval on a timeline: the start if known, otherwise
   * the end; empty for an unbounded interval.
   *
   * @return the anchor date
   */
  public Optional<PartialDate> anchor() {
    return Optional.ofNullable(start != null ? start : end);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DateInterval)) {
      return false;
    }
    DateInterval that = (DateInterval) o;
    return Objects.equals(start, that.start) && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** Returns the ISO 8601-2 text form, such as {@code 2024-11-25} or {@code ../2024-11-25}. */
  @Override
  public String toString() {
    if (isSingleDate()) {
      return start.toString();
    }
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
