package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Fails when a statement or an organization is not of the expected kind. */
final class ShouldHaveKind extends BasicErrorMessageFactory {

  private ShouldHaveKind(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * @param subject such as "statement shoigu-offers-help" or "organization taliban"
   */
  static ErrorMessageFactory shouldHaveKind(String subject, Enum<?> expected, Enum<?> found) {
    return new ShouldHaveKind("%nExpecting %s%nto be of kind:%n  %s%nbut it was of kind:%n  %s",
        unquotedString(subject), unquotedString(expected.name()), unquotedString(found.name()));
  }
}
