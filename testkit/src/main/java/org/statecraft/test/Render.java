package org.statecraft.test;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statecraft.core.ActorRef;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.Place;
import org.statecraft.core.Position;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/** Writes model values in the words failure messages use. Stateless. */
final class Render {

  private Render() {}

  /** An official or organization by its id; an unnamed group by its quoted description and affiliation. */
  static String actor(ActorRef actor) {
    if (actor instanceof UnnamedGroup) {
      UnnamedGroup g = (UnnamedGroup) actor;
      return "\"" + g.description() + "\"" + g.affiliation().map(a -> " of " + a).orElse("");
    }
    return actor.toString();
  }

  static String actors(Collection<? extends ActorRef> actors) {
    return actors.stream().map(Render::actor).collect(Collectors.joining(", ", "[", "]"));
  }

  static String list(Collection<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }

  static String ids(Collection<? extends Event> events) {
    return list(events.stream().map(Event::id).collect(Collectors.toList()));
  }

  /** "visit shoigu-visits-kabul", "designation change taliban-delisting-announced". */
  static String event(Event event) {
    return noun(event) + " " + event.id();
  }

  static String noun(Event event) {
    if (event instanceof Visit) {
      return "visit";
    } else if (event instanceof Statement) {
      return "statement";
    } else if (event instanceof Sanction) {
      return "sanction";
    } else if (event instanceof DesignationChange) {
      return "designation change";
    }
    return "event";
  }

  static String noun(Class<? extends Event> type) {
    if (type == Visit.class) {
      return "visit";
    } else if (type == Statement.class) {
      return "statement";
    } else if (type == Sanction.class) {
      return "sanction";
    } else if (type == DesignationChange.class) {
      return "designation change";
    }
    return "event";
  }

  /** "Kabul (AF)", or "no known place". */
  static String place(Optional<Place> place) {
    return place.map(p -> p.name() + " (" + p.country() + ")").orElse("no known place");
  }

  /** "stated (¶2)", "reported by russian-media (¶5)". */
  static String provenance(List<Provenance> provenance) {
    return provenance.stream().map(Render::provenance).collect(Collectors.joining(", ", "[", "]"));
  }

  static String provenance(Provenance p) {
    String basis = p.basis().name().toLowerCase(java.util.Locale.ROOT);
    String who = p.attributedTo().map(a -> " by " + actor(a)).orElse("");
    String where = p.paragraph().isPresent() ? " in " + p.source() + " ¶" + p.paragraph().getAsInt() : " in " + p.source();
    return basis + who + where;
  }

  /** "Secretary of the Security Council at russian-security-council (CURRENT, 2024-05/..)". */
  static String position(Position p) {
    return "\"" + p.title() + "\" at " + p.organization() + " (" + p.status() + ", " + p.term() + ")";
  }

  static String positions(List<Position> positions) {
    return positions.stream().map(Render::position).collect(Collectors.joining(", ", "[", "]"));
  }

  static String optionalId(Optional<EventId> id) {
    return id.map(EventId::toString).orElse("nothing");
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
