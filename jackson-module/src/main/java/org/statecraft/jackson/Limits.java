package org.statecraft.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The read limits of the hardened reader, as documented in {@code docs/wire-format.md} section 7.
 */
final class Limits {

  /** A dossier nests at most 8 levels deep. */
  static final int MAX_NESTING_DEPTH = 32;
  /** Five times the longest text the model accepts (4,000 characters, a summary or purpose). */
  static final int MAX_STRING_LENGTH = 20_000;
  /** The format's longest property name has 14 characters. */
  static final int MAX_NAME_LENGTH = 100;
  /** Coordinates and paragraph numbers. */
  static final int MAX_NUMBER_LENGTH = 40;
  /** One source document's dossier. */
  static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** Reading stops once this many violations are collected. */
  static final int MAX_VIOLATIONS = 1_000;

  static final StreamReadConstraints READ = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxDocumentLength(MAX_DOCUMENT_LENGTH)
      .build();

  private Limits() {}
}
