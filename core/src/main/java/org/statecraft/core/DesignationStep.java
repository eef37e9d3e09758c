package org.statecraft.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage a {@link DesignationChange} reached: the {@link DesignationStage stage}, when (if
 * known), its provenance, and the {@link Statement} that announced it (if any).
 *
 * <p>The date is an interval within which the stage was reached, so that "on or before
 * 2024-11-25" ({@code ../2024-11-25}) or "some time from December 2024 on" ({@code 2024-12/..}) can
 * be said honestly; a single date says the day (or month, or year) it was reached. It is absent
 * when nothing is known. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DesignationStep {

  DesignationStep() {}

  /**
   * Returns the stage reached.
   *
   * @return the stage, such as {@link DesignationStage#ANNOUNCED}
   */
  public abstract DesignationStage stage();

  /**
   * Returns when the stage was reached, if anything is known of it.
   *
   * @return the interval within which the stage was reached, or empty if nothing is known of
   *     when
   */
  public abstract Optional<DateInterval> when();

  /**
   * Returns where the facts about this step come from.
   *
   * @return the sources of these facts, none twice; may be empty
   */
  public abstract List<Provenance> provenance();

  /**
   * Returns the statement that announced or declared this step, if any.
   *
   * @return the announcing statement's id, or empty if none is recorded; a dossier checks that
   *     it is a statement
   */
  public abstract Optional<EventId> announcedBy();

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
    checks.required(stage(), "stage");
    checks.distinctElements(provenance(), "provenance");
    checks.throwIfAny();
  }

  /** Builds a {@link DesignationStep}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableDesignationStep.Builder {
    Builder() {}
  }
}
