package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;

/** Fails when a designation change does not do what was expected (listing, delisting, reclassification). */
final class ShouldHaveAction extends BasicErrorMessageFactory {

  private ShouldHaveAction(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveAction(DesignationChange actual, DesignationAction expected) {
    return new ShouldHaveAction("%nExpecting %s%nto be a %s%nbut it was a %s",
        unquotedString(Render.event(actual)), unquotedString(expected.name()), unquotedString(actual.action().name()));
  }
}
