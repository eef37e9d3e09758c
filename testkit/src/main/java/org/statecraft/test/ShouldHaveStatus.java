package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionStatus;

/** Fails when a sanction does not have the expected status. */
final class ShouldHaveStatus extends BasicErrorMessageFactory {

  private ShouldHaveStatus(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveStatus(Sanction actual, SanctionStatus expected) {
    return new ShouldHaveStatus("%nExpecting %s%nto have status:%n  %s%nbut its status was:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(expected.name()), unquotedString(actual.status().name()));
  }
}
