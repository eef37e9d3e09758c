package org.statecraft.core;

import java.util.Objects;

/**
 * The answer to "where does this subject stand on that authority's list on that day": the
 * {@link DesignationChange} concerned and the {@link DesignationStep} it had certainly reached.
 *
 * <p>For the Kabul dossier on 2024-11-25, the Taliban's removal from Russia's list of banned
 * organizations stands at {@link DesignationStage#ANNOUNCED}: announced, not in force. This record
 * is immutable and thread-safe.
 *
 * @param change the designation change
 * @param step the latest step it had certainly reached on the day asked about
 */
public record DesignationStatus(DesignationChange change, DesignationStep step) {

  /**
   * Creates the status; both components are required.
   *
   * @param change the designation change
   * @param step the latest step it had certainly reached on the day asked about
   * @throws NullPointerException if either is null
   */
  public DesignationStatus {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(step, "step");
  }

  /**
   * Returns the stage reached.
   *
   * @return the stage of {@link #step()}, such as {@link DesignationStage#ANNOUNCED}
   */
  public DesignationStage stage() {
    return step.stage();
  }

  /**
   * Returns what the change does (listing, delisting, reclassification).
   *
   * @return the action of {@link #change()}
   */
  public DesignationAction action() {
    return change.action();
  }

  /**
   * Returns whether the change had taken effect: its stage is {@link DesignationStage#IN_FORCE}.
   *
   * @return true only at {@link DesignationStage#IN_FORCE}; false at every other stage, including
   *     {@link DesignationStage#REVERSED}
   */
  public boolean isInForce() {
    return step.stage() == DesignationStage.IN_FORCE;
  }
}
