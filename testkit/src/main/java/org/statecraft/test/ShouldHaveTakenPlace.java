package org.statecraft.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.Event;

/** Fails when an event did not take place where or when expected. */
final class ShouldHaveTakenPlace extends BasicErrorMessageFactory {

  private ShouldHaveTakenPlace(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveTakenPlaceIn(Event actual, String placeName) {
    return new ShouldHaveTakenPlace("%nExpecting %s%nto have taken place in:%n  %s%nbut it took place in:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(placeName), unquotedString(Render.place(actual.place())));
  }

  static ErrorMessageFactory shouldHaveTakenPlaceInCountry(Event actual, CountryCode country) {
    return new ShouldHaveTakenPlace("%nExpecting %s%nto have taken place in country:%n  %s%nbut it took place in:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(country.code()), unquotedString(Render.place(actual.place())));
  }

  static ErrorMessageFactory shouldHaveTakenPlaceOn(Event actual, DateInterval expected) {
    return new ShouldHaveTakenPlace("%nExpecting %s%nto have taken place on:%n  %s%nbut it took place on:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(expected.toString()), unquotedString(actual.when().toString()));
  }
}
