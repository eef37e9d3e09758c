package org.statecraft.core;

/**
 * What a {@link Statement} does. The vocabulary is closed; new kinds may be added in a minor
 * release. This enum is immutable and thread-safe.
 */
public enum StatementKind {
  /** Makes a plan or a decision known ("announced plans to remove ..."). */
  ANNOUNCEMENT,
  /** Asks the addressee for something ("asked for Russia's support"). */
  REQUEST,
  /** Offers help or readiness to act ("willing to help achieve stability"). */
  OFFER,
  /** Binds the speaker to a course of action ("committed to favourable conditions"). */
  COMMITMENT,
  /** Urges someone, often a third party, to act ("the United States should lead"). */
  CALL,
  /** Interprets or judges a situation ("analysts assess ..."). */
  ASSESSMENT,
  /** A formal statement of position by an institution ("declared it would reclassify ..."). */
  DECLARATION,
  /** Stresses a need or a view ("stressed the urgent need for cooperation"). */
  EMPHASIS,
  /** Rejects or condemns something. */
  CONDEMNATION,
  /** Denies a claim. */
  DENIAL
}
