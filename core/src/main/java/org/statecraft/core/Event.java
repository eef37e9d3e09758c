package org.statecraft.core;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened: a {@link Visit}, a {@link Statement}, a {@link Sanction} or a
 * {@link DesignationChange}. The family is closed.
 *
 * <p>Every event has an {@link EventId id}, a {@link DateInterval time} at its true precision, a
 * {@link Place place} where known, and at least one {@link Provenance}.
 *
 * <p>On Java 21 and later, switch exhaustively over the sealed family:
 * <pre>{@code
 * String what = switch (event) {
 *   case Visit v -> "visit to " + v.place().map(Place::name).orElse("?");
 *   case Statement s -> s.summary();
 *   case Sanction s -> "sanction by " + s.authority();
 *   case DesignationChange d -> d.action() + " at stage " + d.currentStage();
 * };
 * }</pre>
 * On Java 17, use {@link #accept(EventVisitor)} (checked by the compiler as exhaustive: a visitor
 * must implement a method per type) or {@code instanceof} patterns.
 *
 * <p>All events are immutable and thread-safe.
 */
public sealed interface Event permits Visit, Statement, Sanction, DesignationChange {

  /**
   * Returns the event's identifier.
   *
   * @return the identifier; unique among the events of a dossier
   */
  EventId id();

  /**
   * Returns which member of the family this is.
   *
   * @return the type matching the event's class, such as {@link EventType#VISIT} for a
   *     {@link Visit}
   */
  EventType type();

  /**
   * Returns when the event took place: a single date ({@code 2024-11-25}) or an interval,
   * possibly open ({@code ../2024-11-25} for "on or before 2024-11-25"). For a {@link Sanction},
   * the interval during which it applies.
   *
   * @return the interval at its true precision; {@link DateInterval#unbounded()} ({@code ../..})
   *     when nothing is known
   */
  DateInterval when();

  /**
   * Returns where the event took place, if known.
   *
   * @return the place, or empty if not known; always present for a {@link Visit}
   */
  Optional<Place> place();

  /**
   * Returns where the facts about the event come from; never empty.
   *
   * @return the sources of the facts, at least one, none twice
   */
  List<Provenance> provenance();

  /**
   * Calls the visitor's method for this event's type.
   *
   * @param visitor the visitor
   * @param <R> the visitor's result type
   * @return what the visitor returns
   */
  <R> R accept(EventVisitor<R> visitor);
}
