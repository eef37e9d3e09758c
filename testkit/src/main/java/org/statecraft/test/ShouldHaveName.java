package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Fails when an official or organization does not have the expected primary name. */
final class ShouldHaveName extends BasicErrorMessageFactory {

  private ShouldHaveName(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * @param subject such as "official sergei-shoigu"
   */
  static ErrorMessageFactory shouldHavePrimaryName(String subject, String expected, String found) {
    return new ShouldHaveName("%nExpecting %s%nto have primary name:%n  %s%nbut its primary name was:%n  %s",
        unquotedString(subject), unquotedString(Render.quoted(expected)), unquotedString(Render.quoted(found)));
  }
}
