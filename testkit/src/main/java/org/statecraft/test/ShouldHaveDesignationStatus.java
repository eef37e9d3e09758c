package org.statecraft.test;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.ActorRef;
import org.statecraft.core.DesignationStatus;
import org.statecraft.core.Dossier;
import org.statecraft.core.OrganizationId;

/** Fails when a subject does not stand as expected on an authority's list on a day. */
final class ShouldHaveDesignationStatus extends BasicErrorMessageFactory {

  private ShouldHaveDesignationStatus(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveDesignationStatus(Dossier actual, OrganizationId authority, ActorRef subject,
      LocalDate day, String expected, Optional<DesignationStatus> found) {
    return new ShouldHaveDesignationStatus(
        "%nExpecting dossier %s%nto show %s on the list of %s on %s at:%n  %s%nbut it stood at:%n  %s",
        unquotedString(actual.source().id().value()), unquotedString(Render.actor(subject)),
        unquotedString(authority.value()), unquotedString(day.toString()), unquotedString(expected),
        unquotedString(found.map(ShouldHaveDesignationStatus::describe).orElse("no stage certainly reached")));
  }

  static String describe(DesignationStatus status) {
    return status.action() + " " + status.stage() + " (" + status.change().id() + ")";
  }
}
