package org.statecraft.core;

/**
 * How precisely a {@link PartialDate} is known: to the {@link #YEAR}, the {@link #MONTH} or the
 * {@link #DAY}. This enum is immutable and thread-safe.
 */
public enum DatePrecision {
  /** Only the year is known ({@code 2024}). */
  YEAR,
  /** The year and month are known ({@code 2024-11}). */
  MONTH,
  /** The exact day is known ({@code 2024-11-25}). */
  DAY
}
