package org.statecraft.test;

import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Official;
import org.statecraft.core.OrganizationId;

/** Fails when an official does not hold the expected position. */
final class ShouldHoldPosition extends BasicErrorMessageFactory {

  private ShouldHoldPosition(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHoldPosition(Official actual, String title, Optional<OrganizationId> organization) {
    return new ShouldHoldPosition("%nExpecting official %s%nto hold, as current or acting, the position:%n  %s%nbut its positions were:%n  %s",
        unquotedString(actual.id().value()),
        unquotedString(Render.quoted(title) + organization.map(o -> " at " + o).orElse("")),
        unquotedString(Render.positions(actual.positions())));
  }
}
