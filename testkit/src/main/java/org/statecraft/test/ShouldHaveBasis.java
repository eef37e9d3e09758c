package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Event;

/** Fails when an event is not known the way expected: stated directly, or reported by someone. */
final class ShouldHaveBasis extends BasicErrorMessageFactory {

  private ShouldHaveBasis(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeStatedDirectly(Event actual) {
    return new ShouldHaveBasis("%nExpecting %s%nto be stated directly by its source%nbut it is known only as:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(Render.provenance(actual.provenance())));
  }

  static ErrorMessageFactory shouldBeReported(Event actual) {
    return new ShouldHaveBasis("%nExpecting %s%nto be known only as reported by someone else%nbut it is known as:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(Render.provenance(actual.provenance())));
  }

  static ErrorMessageFactory shouldBeReportedBy(Event actual, ActorRef reporter) {
    return new ShouldHaveBasis("%nExpecting %s%nto be reported by:%n  %s%nbut it is known as:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(Render.actor(reporter)),
        unquotedString(Render.provenance(actual.provenance())));
  }
}
