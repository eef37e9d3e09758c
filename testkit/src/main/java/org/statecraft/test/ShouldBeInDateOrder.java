package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.PartialDate;

/** Fails when two partial dates do not compare as expected (see {@link PartialDate#compare(PartialDate)}). */
final class ShouldBeInDateOrder extends BasicErrorMessageFactory {

  private ShouldBeInDateOrder(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * @param expectation such as "to be certainly before" or "to have an unknown order with"
   */
  static ErrorMessageFactory shouldBeInDateOrder(PartialDate actual, String expectation, PartialDate other) {
    return new ShouldBeInDateOrder("%nExpecting date %s%n%s:%n  %s%nbut compared with it, it is %s",
        unquotedString(actual.toString()), unquotedString(expectation), unquotedString(other.toString()),
        unquotedString(actual.compare(other).name()));
  }
}
