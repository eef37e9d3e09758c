package org.statecraft.core;

import java.util.Locale;

/**
 * The stable code of a {@link Violation}: what kind of rule a value broke.
 *
 * <p>Codes are part of the public contract: tools may switch on them, and the wire form
 * ({@link #code()}) never changes once released. New codes may be added in a minor release.
 * This type is immutable and thread-safe.
 */
public enum ViolationCode {
  /** A required value is missing or null. */
  REQUIRED,
  /** A text value is empty or only white space. */
  BLANK,
  /** A text value does not have the required form (an identifier, a code, a date, ...). */
  INVALID_FORMAT,
  /** A number or a date lies outside the allowed range. */
  OUT_OF_RANGE,
  /** A text value is longer than allowed. */
  TOO_LONG,
  /** A collection that must hold at least one element is empty. */
  EMPTY,
  /** A collection holds the same element twice. */
  DUPLICATE,
  /** An interval ends before it starts, or a sequence of dates goes backwards. */
  END_BEFORE_START,
  /** A value is not one of the members of a closed vocabulary. */
  UNKNOWN_VALUE,
  /** Two values that must agree contradict each other. */
  INCONSISTENT,
  /** Two entities or events in one dossier share an identifier. */
  DUPLICATE_ID,
  /** A reference names an identifier that nothing in the dossier carries. */
  DANGLING_REFERENCE,
  /** A reference names an entity or event of the wrong kind. */
  WRONG_KIND_REFERENCE,
  /** A chain of references leads back to where it started. */
  CYCLE,
  /** Input that is not well-formed for its format (used by the format modules). */
  MALFORMED,
  /** A property that the reader does not know, rejected in strict mode (format modules). */
  UNKNOWN_PROPERTY,
  /** Input beyond a configured size or depth limit (format modules). */
  LIMIT_EXCEEDED;

  private final String code;

  ViolationCode() {
    this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the stable, lower-case wire form of this code, such as {@code end-before-start}.
   *
   * @return the code, never empty
   */
  public String code() {
    return code;
  }

  /**
   * Finds the code with the given wire form.
   *
   * @param code the wire form, such as {@code dangling-reference}
   * @return the matching code
   * @throws IllegalArgumentException if no code has that wire form
   */
  public static ViolationCode fromCode(String code) {
    for (ViolationCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown violation code '" + code + "'");
  }
}
