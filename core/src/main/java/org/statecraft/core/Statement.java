package org.statecraft.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something said: who said it ({@link #speaker()}), what kind of statement it is, a summary in our
 * own words, who it is addressed to and who it is about, the occasion (such as a visit) and the
 * statement it responds to.
 *
 * <p>Whether it was stated directly or reported by someone else is recorded in its
 * {@link #provenance()} ({@link Basis}). The summary is 1 to 4,000 characters. Addressees and
 * subjects may be empty and hold no element twice; the occasion and the response may be absent,
 * and neither may be the statement itself. That references resolve to the right kind (a response
 * to a statement) is checked by the {@link Dossier}. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Statement implements Event {

  Statement() {}

  @Override
  public abstract EventId id();

  @Override
  public abstract DateInterval when();

  @Override
  public abstract Optional<Place> place();

  @Override
  public abstract List<Provenance> provenance();

  /**
   * Returns who made the statement: an official, an organization or an unnamed group.
   *
   * @return the speaker: an {@link OfficialId}, an {@link OrganizationId} or an
   *     {@link UnnamedGroup}
   */
  public abstract ActorRef speaker();

  /**
   * Returns what the statement does.
   *
   * @return the kind, such as {@link StatementKind#REQUEST}
   */
  public abstract StatementKind kind();

  /**
   * Returns what was said, summarized in our own words.
   *
   * @return the summary, 1 to 4,000 characters without surrounding white space
   */
  public abstract String summary();

  /**
   * Returns who the statement is addressed to.
   *
   * @return the addressees in the order given, none twice; may be empty
   */
  public abstract List<ActorRef> addressees();

  /**
   * Returns who or what the statement is about.
   *
   * @return the subjects in the order given, none twice; may be empty
   */
  public abstract List<ActorRef> subjects();

  /**
   * Returns the event during which the statement was made, such as a visit, if any.
   *
   * @return the occasion's id, or empty if none is recorded; never this statement's own id
   */
  public abstract Optional<EventId> occasion();

  /**
   * Returns the statement this one answers, if any.
   *
   * @return the answered statement's id, or empty if it answers none; never this statement's
   *     own id
   */
  public abstract Optional<EventId> respondsTo();

  /**
   * Returns whether the statement is known only as reported by someone else.
   *
   * @return true if every provenance entry has the basis {@link Basis#REPORTED}
   */
  public final boolean isReported() {
    return provenance().stream().allMatch(p -> p.basis() == Basis.REPORTED);
  }

  @Override
  public final EventType type() {
    return EventType.STATEMENT;
  }

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.statement(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    Events.check(checks, this);
    checks.required(speaker(), "speaker");
    checks.required(kind(), "kind");
    if (checks.required(summary(), "summary")) {
      checks.text(summary(), "summary", Events.MAX_SUMMARY);
    }
    checks.distinctElements(addressees(), "addressees");
    checks.distinctElements(subjects(), "subjects");
    if (id() != null) {
      checks.check(!occasion().equals(Optional.of(id())), "occasion", ViolationCode.CYCLE,
          "a statement cannot be its own occasion");
      checks.check(!respondsTo().equals(Optional.of(id())), "respondsTo", ViolationCode.CYCLE,
          "a statement cannot respond to itself");
    }
    checks.throwIfAny();
  }

  /** Builds a {@link Statement}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
