package org.statecraft.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists the actors that take part in an event. */
final class Actors {

  private Actors() {}

  static List<ActorRef> of(Event event) {
    return event.accept(new EventVisitor<List<ActorRef>>() {
      @Override
      public List<ActorRef> visit(Visit visit) {
        List<ActorRef> all = new ArrayList<>(visit.visitors());
        all.addAll(visit.hosts());
        return all;
      }

      @Override
      public List<ActorRef> statement(Statement statement) {
        List<ActorRef> all = new ArrayList<>();
        all.add(statement.speaker());
        all.addAll(statement.addressees());
        all.addAll(statement.subjects());
        return all;
      }

      @Override
      public List<ActorRef> sanction(Sanction sanction) {
        List<ActorRef> all = new ArrayList<>();
        all.add(sanction.authority());
        all.addAll(sanction.targets());
        return all;
      }

      @Override
      public List<ActorRef> designationChange(DesignationChange change) {
        return List.of(change.authority(), change.subject());
      }
    });
  }

  static String word(EventType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
