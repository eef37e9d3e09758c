package org.statecraft.core;

/**
 * How two {@link PartialDate}s compare: {@link #BEFORE}, {@link #SAME}, {@link #AFTER}, or
 * {@link #UNKNOWN} when what is known about them does not decide it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DateOrder {
  /** The first date is certainly earlier than the second. */
  BEFORE,
  /** Both dates are the same exact day, month or year, at the same precision. */
  SAME,
  /** The first date is certainly later than the second. */
  AFTER,
  /** The dates may be in either order or equal; for example {@code 2024} and {@code 2024-11}. */
  UNKNOWN
}
