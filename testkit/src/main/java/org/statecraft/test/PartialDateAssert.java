package org.statecraft.test;

import static org.statecraft.test.ShouldBeInDateOrder.shouldBeInDateOrder;
import static org.statecraft.test.ShouldHavePrecision.shouldBeApproximate;
import static org.statecraft.test.ShouldHavePrecision.shouldBeExact;
import static org.statecraft.test.ShouldHavePrecision.shouldHavePrecision;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.DateOrder;
import org.statecraft.core.DatePrecision;
import org.statecraft.core.PartialDate;

/**
 * Assertions for a {@link PartialDate}: its precision, and how it compares with another date
 * honestly ({@link PartialDate#compare(PartialDate)}, where the order may be unknown).
 *
 * <p>Every method that takes a date also takes its text form ({@code 2024}, {@code 2024-11},
 * {@code 2024-11-25}, optionally followed by {@code ~}), parsed by {@link PartialDate#parse(String)},
 * which throws a {@link org.statecraft.core.ValidationException} for malformed text.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(PartialDate)}. Not thread-safe.
 */
public final class PartialDateAssert extends AbstractAssert<PartialDateAssert, PartialDate> {

  PartialDateAssert(@Nullable PartialDate actual) {
    super(actual, PartialDateAssert.class);
  }

  /**
   * Verifies how precisely the date is known.
   *
   * @param precision {@code YEAR}, {@code MONTH} or {@code DAY}
   * @return this assertion
   * @throws AssertionError if the date is known to another precision
   */
  public PartialDateAssert hasPrecision(DatePrecision precision) {
    Objects.requireNonNull(precision, "precision");
    isNotNull();
    if (actual.precision() != precision) {
      throwAssertionError(shouldHavePrecision(actual, precision));
    }
    return myself;
  }

  /**
   * Verifies that the date is only approximate ({@code 2024~}).
   *
   * @return this assertion
   * @throws AssertionError if the date is exact
   */
  public PartialDateAssert isApproximate() {
    isNotNull();
    if (!actual.isApproximate()) {
      throwAssertionError(shouldBeApproximate(actual));
    }
    return myself;
  }

  /**
   * Verifies that the date is not approximate (at whatever precision).
   *
   * @return this assertion
   * @throws AssertionError if the date is approximate
   */
  public PartialDateAssert isExact() {
    isNotNull();
    if (actual.isApproximate()) {
      throwAssertionError(shouldBeExact(actual));
    }
    return myself;
  }

  /**
   * Verifies that the date is certainly before the other ({@link DateOrder#BEFORE}).
   *
   * @param other the other date
   * @return this assertion
   * @throws AssertionError if it is after, the same, or the order is unknown
   */
  public PartialDateAssert isBefore(PartialDate other) {
    return hasOrder(other, DateOrder.BEFORE, "to be certainly before");
  }

  /**
   * Verifies that the date is certainly before the other, given in text form.
   *
   * @param other the other date, such as {@code 2024-11-25}
   * @return this assertion
   * @throws AssertionError if it is after, the same, or the order is unknown
   */
  public PartialDateAssert isBefore(String other) {
    return isBefore(parse(other));
  }

  /**
   * Verifies that the date is certainly after the other ({@link DateOrder#AFTER}).
   *
   * @param other the other date
   * @return this assertion
   * @throws AssertionError if it is before, the same, or the order is unknown
   */
  public PartialDateAssert isAfter(PartialDate other) {
    return hasOrder(other, DateOrder.AFTER, "to be certainly after");
  }

  /**
   * Verifies that the date is certainly after the other, given in text form.
   *
   * @param other the other date, such as {@code 2024-11}
   * @return this assertion
   * @throws AssertionError if it is before, the same, or the order is unknown
   */
  public PartialDateAssert isAfter(String other) {
    return isAfter(parse(other));
  }

  /**
   * Verifies that both dates are the same exact day, month or year ({@link DateOrder#SAME}); an
   * approximate date is never the same as anything.
   *
   * @param other the other date
   * @return this assertion
   * @throws AssertionError if they differ, or their order is unknown
   */
  public PartialDateAssert isSameAs(PartialDate other) {
    return hasOrder(other, DateOrder.SAME, "to be the same date as");
  }

  /**
   * Verifies that both dates are the same, the other given in text form.
   *
   * @param other the other date, such as {@code 2024-11}
   * @return this assertion
   * @throws AssertionError if they differ, or their order is unknown
   */
  public PartialDateAssert isSameAs(String other) {
    return isSameAs(parse(other));
  }

  /**
   * Verifies that what is known does not decide the order ({@link DateOrder#UNKNOWN}), as for
   * {@code 2024-11} and {@code 2024-11-25}.
   *
   * @param other the other date
   * @return this assertion
   * @throws AssertionError if the order is known
   */
  public PartialDateAssert hasUnknownOrderWith(PartialDate other) {
    return hasOrder(other, DateOrder.UNKNOWN, "to have an unknown order with");
  }

  /**
   * Verifies that the order with the other date, given in text form, is unknown.
   *
   * @param other the other date, such as {@code 2024-11-25}
   * @return this assertion
   * @throws AssertionError if the order is known
   */
  public PartialDateAssert hasUnknownOrderWith(String other) {
    return hasUnknownOrderWith(parse(other));
  }

  private PartialDateAssert hasOrder(PartialDate other, DateOrder expected, String expectation) {
    Objects.requireNonNull(other, "other");
    isNotNull();
    if (actual.compare(other) != expected) {
      throwAssertionError(shouldBeInDateOrder(actual, expectation, other));
    }
    return myself;
  }

  private static PartialDate parse(String text) {
    return PartialDate.parse(Objects.requireNonNull(text, "other"));
  }
}
