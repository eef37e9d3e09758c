package org.statecraft.test;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Dossier;
import org.statecraft.core.EventId;

/** Fails when a dossier's timeline is not in the expected order. */
final class ShouldHaveTimeline extends BasicErrorMessageFactory {

  private ShouldHaveTimeline(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveTimeline(Dossier actual, List<EventId> expected) {
    return new ShouldHaveTimeline("%nExpecting the timeline of dossier %s%nto be, in this order:%n  %s%nbut it was:%n  %s",
        unquotedString(actual.source().id().value()), unquotedString(Render.list(expected)),
        unquotedString(Render.ids(actual.timeline())));
  }

  static ErrorMessageFactory shouldHaveInTimelineOrder(Dossier actual, List<EventId> expected) {
    return new ShouldHaveTimeline("%nExpecting the timeline of dossier %s%nto hold, in this order (others may come between):%n  %s%nbut it was:%n  %s",
        unquotedString(actual.source().id().value()), unquotedString(Render.list(expected)),
        unquotedString(Render.ids(actual.timeline())));
  }
}
