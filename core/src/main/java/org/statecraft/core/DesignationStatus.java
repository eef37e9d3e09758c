package org.statecraft.core;

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
   * Creates the status; both components are required, and the step must be one of the change's
   * own {@linkplain DesignationChange#stages() stages}.
   *
   * @param change the designation change
   * @param step the latest step it had certainly reached on the day asked about
   * @throws ValidationException with code {@link ViolationCode#REQUIRED} naming {@code change} or
   *     {@code step} if one is null, or with code {@link ViolationCode#INCONSISTENT} at
   *     {@code step} if the step is not one of the change's stages
   */
  public DesignationStatus {
    Checks.nonNull(change, "change");
    Checks.nonNull(step, "step");
    if (!change.stages().contains(step)) {
      throw Checks.single("step", ViolationCode.INCONSISTENT,
          "is not one of the stages of designation change " + change.id().value());
    }
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
