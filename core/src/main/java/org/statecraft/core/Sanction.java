package org.statecraft.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Restrictive measures that an authority imposes on targets: the {@link #authority() authority},
 * the {@link #targets() targets}, the {@link SanctionMeasure measures}, the program and legal basis
 * where known, the interval during which it applies ({@link #when()}) and its
 * {@link SanctionStatus status}.
 *
 * <p>At least one target and one measure are required, none twice. The program and legal basis
 * may be absent. A {@link SanctionStatus#LIFTED lifted} sanction's interval has an end. That the
 * authority and the targets resolve is checked by the {@link Dossier}. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Sanction implements Event {

  Sanction() {}

  @Override
  public abstract EventId id();

  /** {@inheritDoc} For a sanction, the interval during which it applies; open ends allowed. */
  @Override
  public abstract DateInterval when();

  @Override
  public abstract Optional<Place> place();

  @Override
  public abstract List<Provenance> provenance();

  /**
   * Returns the state or body that imposes the sanction.
   *
   * @return the authority's id; a dossier checks that it resolves to an organization
   */
  public abstract OrganizationId authority();

  /**
   * Returns who or what is sanctioned; never empty.
   *
   * @return the targets in the order given, at least one, none twice
   */
  public abstract List<ActorRef> targets();

  /**
   * Returns the measures imposed; never empty.
   *
   * @return the measures in the order given, at least one, none twice
   */
  public abstract List<SanctionMeasure> measures();

  /**
   * Returns the sanctions program, such as {@code Taliban-related sanctions}, if known.
   *
   * @return the program, 1 to 1,000 characters without surrounding white space, or empty if not
   *     known
   */
  public abstract Optional<String> program();

  /**
   * Returns the legal basis, such as an executive order or a resolution, if known.
   *
   * @return the legal basis, 1 to 1,000 characters without surrounding white space, or empty if not
   *     known
   */
  public abstract Optional<String> legalBasis();

  /**
   * Returns where the sanction stands, as of the source.
   *
   * @return the status, such as {@link SanctionStatus#IN_FORCE}; {@link SanctionStatus#LIFTED}
   *     only with an interval that has an end
   */
  public abstract SanctionStatus status();

  /**
   * Tells whether the sanction applied on the given day: it must have been imposed
   * ({@link SanctionStatus#IN_FORCE in force}, or since {@link SanctionStatus#LIFTED lifted}) and
   * its interval must contain the day. A proposed or suspended sanction answers {@code NO}.
   *
   * @param day the day
   * @return {@code YES}, {@code NO}, or {@code UNKNOWN} when the day falls within the imprecision
   *     of the interval's bounds
   */
  public final Answer inForceOn(LocalDate day) {
    Checks.nonNull(day, "day");
    if (status() == SanctionStatus.PROPOSED || status() == SanctionStatus.SUSPENDED) {
      return Answer.NO;
    }
    return when().contains(day);
  }

  @Override
  public final EventType type() {
    return EventType.SANCTION;
  }

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.sanction(this);
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
    checks.required(authority(), "authority");
    checks.required(status(), "status");
    Events.distinctNonEmpty(checks, targets(), "targets");
    Events.distinctNonEmpty(checks, measures(), "measures");
    program().ifPresent(p -> checks.text(p, "program", Name.MAX_LENGTH));
    legalBasis().ifPresent(p -> checks.text(p, "legalBasis", Name.MAX_LENGTH));
    if (status() == SanctionStatus.LIFTED && when() != null) {
      checks.check(when().end().isPresent(), "when", ViolationCode.INCONSISTENT,
          "a lifted sanction's interval must end on the day it was lifted");
    }
    checks.throwIfAny();
  }

  /** Builds a {@link Sanction}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableSanction.Builder {
    Builder() {}
  }
}
