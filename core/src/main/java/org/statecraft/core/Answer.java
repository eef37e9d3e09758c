package org.statecraft.core;

/**
 * The honest answer to a yes-or-no question about partially known facts: {@link #YES},
 * {@link #NO} or {@link #UNKNOWN}.
 *
 * <p>For example, whether the interval "from 2024-11 on" contains 2024-11-10 is {@code UNKNOWN}:
 * the start is only known to the month. This enum is immutable and thread-safe.
 */
public enum Answer {
  /** Certainly true, given what is known. */
  YES,
  /** Certainly false, given what is known. */
  NO,
  /** Could be either, given what is known. */
  UNKNOWN;

  /**
   * Returns the conjunction: {@code NO} if either is {@code NO}, {@code YES} if both are
   * {@code YES}, otherwise {@code UNKNOWN}.
   *
   * @param other the other answer
   * @return both answers combined
   */
  public Answer and(Answer other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == YES && other == YES ? YES : UNKNOWN;
  }

  /**
   * Returns the answer for a question whose result is certain.
   *
   * @param value the certain result
   * @return {@code YES} or {@code NO}
   */
  public static Answer of(boolean value) {
    return value ? YES : NO;
  }
}
