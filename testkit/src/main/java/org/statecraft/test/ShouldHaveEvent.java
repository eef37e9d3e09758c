package org.statecraft.test;

import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Official;
import org.statecraft.core.Organization;

/** Fails when a dossier has no event, official or organization with the expected id, or one of another type. */
final class ShouldHaveEvent extends BasicErrorMessageFactory {

  private ShouldHaveEvent(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * @param noun "event", "visit", "statement", ...
   */
  static ErrorMessageFactory shouldHaveEvent(Dossier actual, String noun, Object id) {
    return new ShouldHaveEvent("%nExpecting dossier %s%nto have %s:%n  %s%nbut it has no event with that id; its events are:%n  %s",
        unquotedString(actual.source().id().value()), unquotedString(noun), unquotedString(id.toString()),
        unquotedString(Render.ids(actual.events())));
  }

  static ErrorMessageFactory shouldHaveEventOfType(Dossier actual, String noun, Event found) {
    return new ShouldHaveEvent("%nExpecting dossier %s%nto have %s:%n  %s%nbut %s is a %s",
        unquotedString(actual.source().id().value()), unquotedString(noun), unquotedString(found.id().value()),
        unquotedString(found.id().value()), unquotedString(Render.noun(found)));
  }

  static ErrorMessageFactory shouldHaveOfficial(Dossier actual, Object id) {
    return new ShouldHaveEvent("%nExpecting dossier %s%nto have official:%n  %s%nbut its officials are:%n  %s",
        unquotedString(actual.source().id().value()), unquotedString(id.toString()),
        unquotedString(Render.list(actual.officials().stream().map(Official::id).collect(Collectors.toList()))));
  }

  static ErrorMessageFactory shouldHaveOrganization(Dossier actual, Object id) {
    return new ShouldHaveEvent("%nExpecting dossier %s%nto have organization:%n  %s%nbut its organizations are:%n  %s",
        unquotedString(actual.source().id().value()), unquotedString(id.toString()),
        unquotedString(Render.list(actual.organizations().stream().map(Organization::id).collect(Collectors.toList()))));
  }
}
