package org.statecraft.core;

/**
 * Where a {@link Sanction} stands, as of the source. This enum is immutable and thread-safe.
 */
public enum SanctionStatus {
  /** Proposed, not yet imposed. */
  PROPOSED,
  /** Imposed and applying. */
  IN_FORCE,
  /** Imposed, but its application is suspended. */
  SUSPENDED,
  /** Imposed, then lifted; its interval ends on the day it was lifted. */
  LIFTED
}
