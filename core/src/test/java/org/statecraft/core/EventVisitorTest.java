package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventVisitorTest {

  /** Names the visitor method that was called and the event it was given. */
  static final class Recorder implements EventVisitor<String> {
    @Override
    public String visit(Visit visit) {
      return "visit:" + visit.id();
    }

    @Override
    public String statement(Statement statement) {
      return "statement:" + statement.id();
    }

    @Override
    public String sanction(Sanction sanction) {
      return "sanction:" + sanction.id();
    }

    @Override
    public String designationChange(DesignationChange change) {
      return "designationChange:" + change.id();
    }
  }

  @Test
  void accept_calls_the_method_for_the_events_type() {
    List<Event> events = List.of(TestData.visit("a").build(), TestData.statement("b").build(),
        TestData.sanction("c").build(), TestData.designation("d").build());
    assertThat(events).extracting(e -> e.accept(new Recorder()))
        .containsExactly("visit:a", "statement:b", "sanction:c", "designationChange:d");
  }

  @Test
  void type_names_the_member_of_the_family() {
    assertThat(List.<Event>of(TestData.visit("a").build(), TestData.statement("b").build(),
            TestData.sanction("c").build(), TestData.designation("d").build()))
        .extracting(Event::type)
        .containsExactly(EventType.VISIT, EventType.STATEMENT, EventType.SANCTION, EventType.DESIGNATION_CHANGE);
  }

  @Test
  void the_event_family_is_closed() {
    assertThat(Event.class.isSealed()).isTrue();
    assertThat(Event.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Visit.class, Statement.class, Sanction.class, DesignationChange.class);
    assertThat(ActorRef.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(OfficialId.class, OrganizationId.class, UnnamedGroup.class);
  }
}
