package org.statecraft.test;

import java.time.LocalDate;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Answer;
import org.statecraft.core.DateInterval;

/** Fails when whether an interval contains a day is not the expected {@link Answer}. */
final class ShouldContainDay extends BasicErrorMessageFactory {

  private ShouldContainDay(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldContainDay(DateInterval actual, LocalDate day, Answer expected) {
    String expectation;
    switch (expected) {
      case YES:
        expectation = "to certainly contain";
        break;
      case NO:
        expectation = "to certainly not contain";
        break;
      default:
        expectation = "to be uncertain whether it contains";
        break;
    }
    return new ShouldContainDay("%nExpecting interval %s%n%s:%n  %s%nbut whether it contains that day is %s",
        unquotedString(actual.toString()), unquotedString(expectation), unquotedString(day.toString()),
        unquotedString(actual.contains(day).name()));
  }
}
