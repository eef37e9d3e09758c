package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.DateInterval;

/** Fails when an interval's start or end is not open (or not bounded) as expected. */
final class ShouldBeOpen extends BasicErrorMessageFactory {

  private ShouldBeOpen(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeOpenAtStart(DateInterval actual) {
    return new ShouldBeOpen("%nExpecting interval %s%nto have no known start%nbut it starts on %s",
        unquotedString(actual.toString()), unquotedString(String.valueOf(actual.start().orElseThrow())));
  }

  static ErrorMessageFactory shouldBeOpenAtEnd(DateInterval actual) {
    return new ShouldBeOpen("%nExpecting interval %s%nto have no known end%nbut it ends on %s",
        unquotedString(actual.toString()), unquotedString(String.valueOf(actual.end().orElseThrow())));
  }

  static ErrorMessageFactory shouldBeSingleDate(DateInterval actual) {
    return new ShouldBeOpen("%nExpecting interval %s%nto be a single date%nbut it spans from its start to its end",
        unquotedString(actual.toString()));
  }
}
