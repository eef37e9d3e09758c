package org.statecraft.core;

/**
 * What role a {@link Name} plays for its entity. This enum is immutable and thread-safe.
 */
public enum NameKind {
  /** The name the entity is known by; exactly one per entity. */
  PRIMARY,
  /** Another name in current use. */
  ALIAS,
  /** The name written in another script (Шойгу for Shoigu). */
  TRANSLITERATION,
  /** A name no longer in use. */
  FORMER,
  /** A name too vague to identify the entity alone (the "weak alias" of sanctions lists). */
  WEAK_ALIAS
}
