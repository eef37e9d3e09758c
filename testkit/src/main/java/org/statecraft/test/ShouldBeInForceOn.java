package org.statecraft.test;

import java.time.LocalDate;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Answer;
import org.statecraft.core.Sanction;

/** Fails when a sanction is not (or is) certainly in force on a day. */
final class ShouldBeInForceOn extends BasicErrorMessageFactory {

  private ShouldBeInForceOn(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeInForceOn(Sanction actual, LocalDate day, Answer answer) {
    return new ShouldBeInForceOn("%nExpecting %s%nto be in force on:%n  %s%nbut the answer is %s: its status is %s and it applies during %s",
        unquotedString(Render.event(actual)), unquotedString(day.toString()), unquotedString(answer.name()),
        unquotedString(actual.status().name()), unquotedString(actual.when().toString()));
  }

  static ErrorMessageFactory shouldNotBeInForceOn(Sanction actual, LocalDate day, Answer answer) {
    return new ShouldBeInForceOn("%nExpecting %s%nnot to be in force on:%n  %s%nbut the answer is %s: its status is %s and it applies during %s",
        unquotedString(Render.event(actual)), unquotedString(day.toString()), unquotedString(answer.name()),
        unquotedString(actual.status().name()), unquotedString(actual.when().toString()));
  }
}
