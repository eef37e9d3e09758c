package org.statecraft.test;

import static org.statecraft.test.ShouldBeOfEventType.shouldBeOfEventType;

import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.Event;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.Visit;

/**
 * Assertions for an {@link Event} of any type: the checks every event shares, and a way to go on
 * with the checks of its type ({@link #isVisit()}, {@link #isStatement()}, ...).
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Event)}. Not thread-safe.
 */
public final class EventAssert extends AbstractEventAssert<EventAssert, Event> {

  EventAssert(@Nullable Event actual) {
    super(actual, EventAssert.class);
  }

  /**
   * Verifies that the event is a {@link Visit}.
   *
   * @return an assertion on the visit
   * @throws AssertionError if it is another type of event
   */
  public VisitAssert isVisit() {
    return carry(new VisitAssert(as(Visit.class, "visit")));
  }

  /**
   * Verifies that the event is a {@link Statement}.
   *
   * @return an assertion on the statement
   * @throws AssertionError if it is another type of event
   */
  public StatementAssert isStatement() {
    return carry(new StatementAssert(as(Statement.class, "statement")));
  }

  /**
   * Verifies that the event is a {@link Sanction}.
   *
   * @return an assertion on the sanction
   * @throws AssertionError if it is another type of event
   */
  public SanctionAssert isSanction() {
    return carry(new SanctionAssert(as(Sanction.class, "sanction")));
  }

  /**
   * Verifies that the event is a {@link DesignationChange}.
   *
   * @return an assertion on the designation change
   * @throws AssertionError if it is another type of event
   */
  public DesignationChangeAssert isDesignationChange() {
    return carry(new DesignationChangeAssert(as(DesignationChange.class, "designation change")));
  }

  /** The assertion on the event's type keeps the description given with {@code as(...)}. */
  private <A extends AbstractAssert<?, ?>> A carry(A next) {
    if (info.hasDescription()) {
      next.describedAs(info.description());
    }
    return next;
  }

  private <T extends Event> T as(Class<T> type, String noun) {
    isNotNull();
    if (!type.isInstance(actual)) {
      throwAssertionError(shouldBeOfEventType(actual, noun));
    }
    return type.cast(actual);
  }
}
