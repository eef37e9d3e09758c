package org.statecraft.test;

import static org.statecraft.test.ShouldBeOpen.shouldBeOpenAtEnd;
import static org.statecraft.test.ShouldBeOpen.shouldBeOpenAtStart;
import static org.statecraft.test.ShouldBeOpen.shouldBeSingleDate;
import static org.statecraft.test.ShouldContainDay.shouldContainDay;

import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Answer;
import org.statecraft.core.DateInterval;

/**
 * Assertions for a {@link DateInterval}: whether it contains a day, honestly
 * ({@link DateInterval#contains(LocalDate)} may answer {@link Answer#UNKNOWN}), and its open ends.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(DateInterval)}. Not thread-safe.
 */
public final class DateIntervalAssert extends AbstractAssert<DateIntervalAssert, DateInterval> {

  DateIntervalAssert(@Nullable DateInterval actual) {
    super(actual, DateIntervalAssert.class);
  }

  /**
   * Verifies that the interval certainly contains the day ({@link Answer#YES}).
   *
   * @param day the day
   * @return this assertion
   * @throws AssertionError if the answer is {@code NO} or {@code UNKNOWN}
   */
  public DateIntervalAssert contains(LocalDate day) {
    return containsAnswer(day, Answer.YES);
  }

  /**
   * Verifies that the interval certainly does not contain the day ({@link Answer#NO}).
   *
   * @param day the day
   * @return this assertion
   * @throws AssertionError if the answer is {@code YES} or {@code UNKNOWN}
   */
  public DateIntervalAssert doesNotContain(LocalDate day) {
    return containsAnswer(day, Answer.NO);
  }

  /**
   * Verifies that the interval may contain the day, without certainty ({@link Answer#UNKNOWN}): the
   * day falls within the imprecision of a bound, as 2024-11-10 for an interval from 2024-11.
   *
   * @param day the day
   * @return this assertion
   * @throws AssertionError if the answer is {@code YES} or {@code NO}
   */
  public DateIntervalAssert mayContain(LocalDate day) {
    return containsAnswer(day, Answer.UNKNOWN);
  }

  /**
   * Verifies that no beginning is known.
   *
   * @return this assertion
   * @throws AssertionError if the interval has a start
   */
  public DateIntervalAssert isOpenAtStart() {
    isNotNull();
    if (actual.start().isPresent()) {
      throwAssertionError(shouldBeOpenAtStart(actual));
    }
    return myself;
  }

  /**
   * Verifies that no end is known: the interval is ongoing or its end is unknown.
   *
   * @return this assertion
   * @throws AssertionError if the interval has an end
   */
  public DateIntervalAssert isOpenAtEnd() {
    isNotNull();
    if (actual.end().isPresent()) {
      throwAssertionError(shouldBeOpenAtEnd(actual));
    }
    return myself;
  }

  /**
   * Verifies that the interval is a single date: its start and end are present and equal.
   *
   * @return this assertion
   * @throws AssertionError otherwise
   */
  public DateIntervalAssert isSingleDate() {
    isNotNull();
    if (!actual.isSingleDate()) {
      throwAssertionError(shouldBeSingleDate(actual));
    }
    return myself;
  }

  private DateIntervalAssert containsAnswer(LocalDate day, Answer expected) {
    Objects.requireNonNull(day, "day");
    isNotNull();
    if (actual.contains(day) != expected) {
      throwAssertionError(shouldContainDay(actual, day, expected));
    }
    return myself;
  }
}
