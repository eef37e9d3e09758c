package org.statecraft.test;

import static org.statecraft.test.ShouldHaveDesignationStatus.shouldHaveDesignationStatus;
import static org.statecraft.test.ShouldHaveEvent.shouldHaveEvent;
import static org.statecraft.test.ShouldHaveEvent.shouldHaveEventOfType;
import static org.statecraft.test.ShouldHaveEvent.shouldHaveOfficial;
import static org.statecraft.test.ShouldHaveEvent.shouldHaveOrganization;
import static org.statecraft.test.ShouldHaveExactly.shouldHaveExactly;
import static org.statecraft.test.ShouldHaveTimeline.shouldHaveInTimelineOrder;
import static org.statecraft.test.ShouldHaveTimeline.shouldHaveTimeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStatus;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.Visit;

/**
 * Assertions for a {@link Dossier}: what it holds, the answers to its queries (timeline, events
 * involving an actor, sanctions in force, designation status), and a way into any of its events
 * or entities by id ({@link #visit(EventId)}, {@link #official(OfficialId)}, ...).
 *
 * <p>A built dossier is always referentially valid (every reference resolves; building fails
 * otherwise), so there is nothing to assert about that; these checks are about content.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Dossier)}. Not thread-safe.
 */
public final class DossierAssert extends AbstractAssert<DossierAssert, Dossier> {

  DossierAssert(@Nullable Dossier actual) {
    super(actual, DossierAssert.class);
  }

  /**
   * Verifies that the dossier has an event with the given id.
   *
   * @param id the event id
   * @return this assertion
   * @throws AssertionError if it has none; the message lists the ids it has
   */
  public DossierAssert hasEvent(EventId id) {
    event(id);
    return myself;
  }

  /**
   * Verifies that the dossier has the event and goes on with assertions on it.
   *
   * @param id the event id
   * @return an assertion on the event
   * @throws AssertionError if the dossier has no such event
   */
  public EventAssert event(EventId id) {
    return carry(new EventAssert(find(id, Event.class)));
  }

  /**
   * Verifies that the dossier has a visit with the given id and goes on with assertions on it.
   *
   * @param id the event id
   * @return an assertion on the visit
   * @throws AssertionError if the dossier has no such event, or it is not a visit
   */
  public VisitAssert visit(EventId id) {
    return carry(new VisitAssert(find(id, Visit.class)));
  }

  /**
   * Verifies that the dossier has a statement with the given id and goes on with assertions on it.
   *
   * @param id the event id
   * @return an assertion on the statement
   * @throws AssertionError if the dossier has no such event, or it is not a statement
   */
  public StatementAssert statement(EventId id) {
    return carry(new StatementAssert(find(id, Statement.class)));
  }

  /**
   * Verifies that the dossier has a sanction with the given id and goes on with assertions on it.
   *
   * @param id the event id
   * @return an assertion on the sanction
   * @throws AssertionError if the dossier has no such event, or it is not a sanction
   */
  public SanctionAssert sanction(EventId id) {
    return carry(new SanctionAssert(find(id, Sanction.class)));
  }

  /**
   * Verifies that the dossier has a designation change with the given id and goes on with
   * assertions on it.
   *
   * @param id the event id
   * @return an assertion on the designation change
   * @throws AssertionError if the dossier has no such event, or it is not a designation change
   */
  public DesignationChangeAssert designationChange(EventId id) {
    return carry(new DesignationChangeAssert(find(id, DesignationChange.class)));
  }

  /**
   * Verifies that the dossier has the official and goes on with assertions on them.
   *
   * @param id the official's id
   * @return an assertion on the official
   * @throws AssertionError if the dossier has no such official; the message lists those it has
   */
  public OfficialAssert official(OfficialId id) {
    Objects.requireNonNull(id, "id");
    isNotNull();
    Optional<Official> official = actual.official(id);
    if (official.isEmpty()) {
      throwAssertionError(shouldHaveOfficial(actual, id));
    }
    return carry(new OfficialAssert(official.orElseThrow()));
  }

  /**
   * Verifies that the dossier has the organization and goes on with assertions on it.
   *
   * @param id the organization's id
   * @return an assertion on the organization
   * @throws AssertionError if the dossier has no such organization; the message lists those it has
   */
  public OrganizationAssert organization(OrganizationId id) {
    Objects.requireNonNull(id, "id");
    isNotNull();
    Optional<Organization> organization = actual.organization(id);
    if (organization.isEmpty()) {
      throwAssertionError(shouldHaveOrganization(actual, id));
    }
    return carry(new OrganizationAssert(organization.orElseThrow()));
  }

  /**
   * Verifies that the dossier has the official.
   *
   * @param id the official's id
   * @return this assertion
   * @throws AssertionError if it has none; the message lists those it has
   */
  public DossierAssert hasOfficial(OfficialId id) {
    official(id);
    return myself;
  }

  /**
   * Verifies that the dossier has the organization.
   *
   * @param id the organization's id
   * @return this assertion
   * @throws AssertionError if it has none; the message lists those it has
   */
  public DossierAssert hasOrganization(OrganizationId id) {
    organization(id);
    return myself;
  }

  /**
   * Verifies that the events an actor takes part in ({@link Dossier#eventsInvolving(ActorRef)})
   * are exactly the given ones, in any order.
   *
   * @param actor the official, organization or group
   * @param events the ids of every expected event; none if the actor takes part in nothing
   * @return this assertion
   * @throws AssertionError if an event is missing or unexpected; the message lists both
   */
  public DossierAssert hasEventsInvolving(ActorRef actor, EventId... events) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(events, "events");
    isNotNull();
    List<EventId> found = ids(actual.eventsInvolving(actor));
    if (!Sets.sameElements(Arrays.asList(events), found)) {
      throwAssertionError(shouldHaveExactly("dossier " + actual.source().id(), "events involving " + Render.actor(actor),
          Sets.strings(Arrays.asList(events)), Sets.strings(found)));
    }
    return myself;
  }

  /**
   * Verifies that the sanctions certainly in force on the day
   * ({@link Dossier#sanctionsInForceOn(LocalDate)}) are exactly the given ones, in any order.
   *
   * @param day the day
   * @param sanctions the ids of every expected sanction; none if no sanction is in force
   * @return this assertion
   * @throws AssertionError if a sanction is missing or unexpected; the message lists both
   */
  public DossierAssert hasSanctionsInForceOn(LocalDate day, EventId... sanctions) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(sanctions, "sanctions");
    isNotNull();
    List<EventId> found = ids(actual.sanctionsInForceOn(day));
    if (!Sets.sameElements(Arrays.asList(sanctions), found)) {
      throwAssertionError(shouldHaveExactly("dossier " + actual.source().id(), "sanctions in force on " + day,
          Sets.strings(Arrays.asList(sanctions)), Sets.strings(found)));
    }
    return myself;
  }

  /**
   * Verifies the whole {@link Dossier#timeline() timeline}: exactly these events, in this order.
   *
   * @param events the ids of every event, in the expected date order
   * @return this assertion
   * @throws AssertionError if the timeline differs
   */
  public DossierAssert hasTimelineInOrder(EventId... events) {
    Objects.requireNonNull(events, "events");
    isNotNull();
    if (!ids(actual.timeline()).equals(Arrays.asList(events))) {
      throwAssertionError(shouldHaveTimeline(actual, Arrays.asList(events)));
    }
    return myself;
  }

  /**
   * Verifies that the given events appear in the {@link Dossier#timeline() timeline} in this
   * order; other events may come before, between and after them.
   *
   * @param events the ids of some events, in the expected date order
   * @return this assertion
   * @throws AssertionError if one is missing or they appear in another order
   */
  public DossierAssert hasEventsInTimelineOrder(EventId... events) {
    Objects.requireNonNull(events, "events");
    isNotNull();
    Iterator<EventId> timeline = ids(actual.timeline()).iterator();
    for (EventId expected : events) {
      boolean found = false;
      while (timeline.hasNext()) {
        if (timeline.next().equals(expected)) {
          found = true;
          break;
        }
      }
      if (!found) {
        throwAssertionError(shouldHaveInTimelineOrder(actual, Arrays.asList(events)));
      }
    }
    return myself;
  }

  /**
   * Verifies where a subject stands on an authority's list on a day
   * ({@link Dossier#designationStatus(OrganizationId, ActorRef, LocalDate)}).
   *
   * @param authority the authority whose list is asked about
   * @param subject the listed or delisted subject
   * @param day the day
   * @param stage the stage expected on that day, such as {@link DesignationStage#ANNOUNCED}
   * @return this assertion
   * @throws AssertionError if the subject stood at another stage, or no change had reached a stage
   */
  public DossierAssert hasDesignationStatus(OrganizationId authority, ActorRef subject, LocalDate day,
      DesignationStage stage) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(stage, "stage");
    isNotNull();
    Optional<DesignationStatus> status = actual.designationStatus(authority, subject, day);
    if (status.map(DesignationStatus::stage).orElse(null) != stage) {
      throwAssertionError(shouldHaveDesignationStatus(actual, authority, subject, day, stage.name(), status));
    }
    return myself;
  }

  /**
   * Verifies that no designation change about the subject on the authority's list had certainly
   * reached any stage by the day.
   *
   * @param authority the authority whose list is asked about
   * @param subject the subject
   * @param day the day
   * @return this assertion
   * @throws AssertionError if some change had reached a stage
   */
  public DossierAssert hasNoDesignationStatus(OrganizationId authority, ActorRef subject, LocalDate day) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(day, "day");
    isNotNull();
    Optional<DesignationStatus> status = actual.designationStatus(authority, subject, day);
    if (status.isPresent()) {
      throwAssertionError(shouldHaveDesignationStatus(actual, authority, subject, day, "no stage", status));
    }
    return myself;
  }

  private <T extends Event> T find(EventId id, Class<T> type) {
    Objects.requireNonNull(id, "id");
    isNotNull();
    Optional<Event> event = actual.event(id);
    if (event.isEmpty()) {
      throwAssertionError(shouldHaveEvent(actual, Render.noun(type), id));
    }
    if (!type.isInstance(event.orElseThrow())) {
      throwAssertionError(shouldHaveEventOfType(actual, Render.noun(type), event.orElseThrow()));
    }
    return type.cast(event.orElseThrow());
  }

  /** The assertion on a part of the dossier keeps the description given with {@code as(...)}. */
  private <A extends AbstractAssert<?, ?>> A carry(A next) {
    if (info.hasDescription()) {
      next.describedAs(info.description());
    }
    return next;
  }

  private static List<EventId> ids(List<? extends Event> events) {
    return events.stream().map(Event::id).collect(Collectors.toList());
  }
}
