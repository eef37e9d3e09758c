package org.statecraft.core;

/**
 * Whether a {@link Position} is held, as of the source. This enum is immutable and thread-safe.
 */
public enum PositionStatus {
  /** Held at the time of the source. */
  CURRENT,
  /** Held before, no longer. */
  FORMER,
  /** Held in an acting or interim capacity. */
  ACTING
}
