package org.statecraft.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to an authority's list of designated persons or organizations (such as Russia's list
 * of banned organizations): the {@link #authority() authority}, the list's name, the
 * {@link #subject() subject}, the {@link DesignationAction action}, and every
 * {@link DesignationStep stage} it reached, each with its own date and source.
 *
 * <p>Stages follow the lifecycle in order ({@code proposed}, {@code announced}, {@code decided},
 * {@code in-force}), each at most once, skipping any; {@code reversed} may only come last. Stage
 * dates never go backwards. {@link #when()} defaults to the date of the latest stage whose date is
 * known. That the authority, subject and announcing statements resolve is checked by the
 * {@link Dossier}. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class DesignationChange implements Event {

  DesignationChange() {}

  @Override
  public abstract EventId id();

  /** {@inheritDoc} Defaults to the date of the latest stage whose date is known. */
  @Override
  @Value.Default
  public DateInterval when() {
    for (int i = stages().size() - 1; i >= 0; i--) {
      DesignationStep step = stages().get(i);
      if (step != null && step.when().isPresent()) { // a null stage is reported by check()
        return step.when().get();
      }
    }
    return DateInterval.unbounded();
  }

  @Override
  public abstract Optional<Place> place();

  @Override
  public abstract List<Provenance> provenance();

  /**
   * Returns the state or body whose list changes.
   *
   * @return the authority's id; a dossier checks that it resolves to an organization
   */
  public abstract OrganizationId authority();

  /**
   * Returns the list's name, such as {@code list of organizations banned in Russia}.
   *
   * @return the name, 1 to 1,000 characters without surrounding white space
   */
  public abstract String listName();

  /**
   * Returns who or what is listed, delisted or reclassified.
   *
   * @return the subject: an {@link OfficialId}, an {@link OrganizationId} or an
   *     {@link UnnamedGroup}
   */
  public abstract ActorRef subject();

  /**
   * Returns what the change does.
   *
   * @return the action, such as {@link DesignationAction#DELISTING}
   */
  public abstract DesignationAction action();

  /**
   * Returns every stage reached, in order; never empty.
   *
   * @return the steps in lifecycle order, at least one, no stage twice, {@link
   *     DesignationStage#REVERSED} only last
   */
  public abstract List<DesignationStep> stages();

  /**
   * Returns the stage reached last.
   *
   * @return the stage of the last of {@link #stages()}
   */
  public final DesignationStage currentStage() {
    return stages().get(stages().size() - 1).stage();
  }

  /**
   * Returns the latest step certainly reached on or before the given day. A step counts only when
   * the end of its date interval lies on or before the day; a step whose date is unknown, whose
   * interval is open at the end ({@code 2024-12/..}: reached some time from then on), or whose date
   * may fall after the day, is not counted.
   *
   * @param day the day
   * @return the step, or empty if no step is certainly reached by then
   */
  public final Optional<DesignationStep> stepOn(LocalDate day) {
    Checks.nonNull(day, "day");
    for (int i = stages().size() - 1; i >= 0; i--) {
      DesignationStep step = stages().get(i);
      if (step.when().isPresent() && reachedBy(step.when().get(), day)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  private static boolean reachedBy(DateInterval when, LocalDate day) {
    Optional<PartialDate> last = when.end();
    return last.isPresent() && last.get().isOnOrBefore(day) == Answer.YES;
  }

  @Override
  public final EventType type() {
    return EventType.DESIGNATION_CHANGE;
  }

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.designationChange(this);
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
    if (checks.required(listName(), "listName")) {
      checks.text(listName(), "listName", Name.MAX_LENGTH);
    }
    checks.required(subject(), "subject");
    checks.required(action(), "action");
    checks.notEmpty(stages(), "stages");
    checks.noNulls(stages(), "stages");
    DesignationStage previous = null;
    PartialDate lowerBound = null; // the latest start date among the earlier stages
    for (int i = 0; i < stages().size(); i++) {
      DesignationStep step = stages().get(i);
      if (step == null) {
        continue;
      }
      String path = "stages[" + i + "]";
      if (previous == DesignationStage.REVERSED) {
        checks.add(path + ".stage", ViolationCode.INCONSISTENT, "no stage may follow REVERSED");
      } else if (previous != null && step.stage() != DesignationStage.REVERSED
          && step.stage().ordinal() <= previous.ordinal()) {
        checks.add(path + ".stage", ViolationCode.INCONSISTENT, step.stage() + " cannot follow "
            + previous + ": stages go PROPOSED, ANNOUNCED, DECIDED, IN_FORCE, each at most once");
      }
      if (step.when().isPresent()) {
        DateInterval when = step.when().get();
        if (lowerBound != null && when.end().isPresent() && when.end().get().isBefore(lowerBound)) {
          checks.add(path + ".when", ViolationCode.END_BEFORE_START,
              "is before the date of an earlier stage (" + lowerBound + ")");
        }
        if (when.start().isPresent()
            && (lowerBound == null || PartialDate.TIMELINE_ORDER.compare(when.start().get(), lowerBound) > 0)) {
          lowerBound = when.start().get();
        }
      }
      previous = step.stage();
    }
    checks.throwIfAny();
  }

  /** Builds a {@link DesignationChange}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableDesignationChange.Builder {
    Builder() {}
  }
}
