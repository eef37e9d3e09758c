package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Event;

/** Fails when an event is not of the expected member of the event family. */
final class ShouldBeOfEventType extends BasicErrorMessageFactory {

  private ShouldBeOfEventType(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeOfEventType(Event actual, String expectedNoun) {
    return new ShouldBeOfEventType("%nExpecting event %s%nto be a %s%nbut it is a %s",
        unquotedString(actual.id().value()), unquotedString(expectedNoun), unquotedString(Render.noun(actual)));
  }
}
