package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;

/** Fails when an organization is not part of the expected parent, or has a parent when none is expected. */
final class ShouldHaveParent extends BasicErrorMessageFactory {

  private ShouldHaveParent(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveParent(Organization actual, OrganizationId expected) {
    return new ShouldHaveParent("%nExpecting organization %s%nto be part of:%n  %s%nbut its parent was:%n  %s",
        unquotedString(actual.id().value()), unquotedString(expected.value()),
        unquotedString(actual.parent().map(OrganizationId::value).orElse("none")));
  }

  static ErrorMessageFactory shouldHaveNoParent(Organization actual) {
    return new ShouldHaveParent("%nExpecting organization %s%nto have no parent%nbut it is part of:%n  %s",
        unquotedString(actual.id().value()), unquotedString(actual.parent().map(OrganizationId::value).orElse("none")));
  }
}
