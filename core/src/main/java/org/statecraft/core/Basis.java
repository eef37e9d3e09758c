package org.statecraft.core;

/**
 * How a fact is known, as recorded in its {@link Provenance}. This enum is immutable and
 * thread-safe.
 */
public enum Basis {
  /** The source states the fact directly, in its own voice. */
  STATED,
  /** The source reports that someone else (an outlet, an agency) said it. */
  REPORTED,
  /** The fact is someone's assessment or interpretation (analysts, an official's view). */
  ASSESSED
}
