package org.statecraft.core;

/**
 * How far a {@link DesignationChange} has come, in lifecycle order: {@link #PROPOSED},
 * {@link #ANNOUNCED}, {@link #DECIDED}, {@link #IN_FORCE}; or {@link #REVERSED}, which may follow
 * any of them. This enum is immutable and thread-safe.
 */
public enum DesignationStage {
  /** Suggested or declared as an intention. */
  PROPOSED,
  /** Made public as a plan by someone entitled to announce it. */
  ANNOUNCED,
  /** Formally decided (by a court, a ministry, a council). */
  DECIDED,
  /** Taking effect: the list has changed. */
  IN_FORCE,
  /** Abandoned or undone. */
  REVERSED
}
