package org.statecraft.test;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Event;

/** Fails when an event does not have the expected actor in a role (visitor, host, speaker, target, ...). */
final class ShouldHaveActor extends BasicErrorMessageFactory {

  private ShouldHaveActor(String format, Object... arguments) {
    super(format, arguments);
  }

  /** For a role held by several actors: "to have visitor X but its visitors were [...]". */
  static ErrorMessageFactory shouldHaveActorAmong(Event actual, String role, String roles, ActorRef expected,
      List<? extends ActorRef> found) {
    return new ShouldHaveActor("%nExpecting %s%nto have %s:%n  %s%nbut its %s were:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(role), unquotedString(Render.actor(expected)),
        unquotedString(roles), unquotedString(Render.actors(found)));
  }

  /** For a role held by one actor: "to have speaker X but its speaker was Y". */
  static ErrorMessageFactory shouldHaveActor(Event actual, String role, ActorRef expected, ActorRef found) {
    return new ShouldHaveActor("%nExpecting %s%nto have %s:%n  %s%nbut its %s was:%n  %s",
        unquotedString(Render.event(actual)), unquotedString(role), unquotedString(Render.actor(expected)),
        unquotedString(role), unquotedString(Render.actor(found)));
  }
}
