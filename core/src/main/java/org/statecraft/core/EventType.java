package org.statecraft.core;

/**
 * The four kinds of {@link Event}, one constant per member of the closed family. This enum is
 * immutable and thread-safe.
 */
public enum EventType {
  /** A {@link Visit}. */
  VISIT,
  /** A {@link Statement}. */
  STATEMENT,
  /** A {@link Sanction}. */
  SANCTION,
  /** A {@link DesignationChange}. */
  DESIGNATION_CHANGE
}
