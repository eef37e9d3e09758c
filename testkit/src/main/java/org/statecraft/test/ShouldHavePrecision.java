package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.DatePrecision;
import org.statecraft.core.PartialDate;

/** Fails when a partial date is not known to the expected precision, or not approximate as expected. */
final class ShouldHavePrecision extends BasicErrorMessageFactory {

  private ShouldHavePrecision(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHavePrecision(PartialDate actual, DatePrecision expected) {
    return new ShouldHavePrecision("%nExpecting date %s%nto be known to the %s%nbut it is known to the %s",
        unquotedString(actual.toString()), unquotedString(expected.name()), unquotedString(actual.precision().name()));
  }

  static ErrorMessageFactory shouldBeApproximate(PartialDate actual) {
    return new ShouldHavePrecision("%nExpecting date %s%nto be approximate%nbut it is exact",
        unquotedString(actual.toString()));
  }

  static ErrorMessageFactory shouldBeExact(PartialDate actual) {
    return new ShouldHavePrecision("%nExpecting date %s%nto be exact%nbut it is approximate",
        unquotedString(actual.toString()));
  }
}
