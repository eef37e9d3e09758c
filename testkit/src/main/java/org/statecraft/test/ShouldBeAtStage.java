package org.statecraft.test;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;

/** Fails when a designation change has not reached the expected stage. */
final class ShouldBeAtStage extends BasicErrorMessageFactory {

  private ShouldBeAtStage(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeAtStage(DesignationChange actual, DesignationStage expected) {
    return new ShouldBeAtStage("%nExpecting %s%nto be at stage:%n  %s%nbut it was at stage:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(expected.name()), unquotedString(actual.currentStage().name()));
  }

  static ErrorMessageFactory shouldHaveReachedStageOn(DesignationChange actual, LocalDate day, DesignationStage expected,
      Optional<DesignationStep> found) {
    return new ShouldBeAtStage("%nExpecting %s%nto stand at stage %s on %s%nbut on that day it stood at:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(expected.name()), unquotedString(day.toString()),
        unquotedString(found.map(s -> s.stage().name()).orElse("no stage certainly reached")));
  }
}
