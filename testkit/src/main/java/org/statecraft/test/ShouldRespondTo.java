package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.EventId;
import org.statecraft.core.Statement;

/** Fails when a statement does not answer, or was not made on the occasion of, the expected event. */
final class ShouldRespondTo extends BasicErrorMessageFactory {

  private ShouldRespondTo(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldRespondTo(Statement actual, EventId expected) {
    return new ShouldRespondTo("%nExpecting %s%nto respond to:%n  %s%nbut it responds to:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(expected.value()),
        unquotedString(Render.optionalId(actual.respondsTo())));
  }

  static ErrorMessageFactory shouldHaveOccasion(Statement actual, EventId expected) {
    return new ShouldRespondTo("%nExpecting %s%nto have been made on the occasion of:%n  %s%nbut its occasion is:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(expected.value()),
        unquotedString(Render.optionalId(actual.occasion())));
  }
}
