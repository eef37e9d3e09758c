package org.statecraft.core;

/**
 * What a {@link DesignationChange} does to its subject's entry on a list. This enum is immutable
 * and thread-safe.
 */
public enum DesignationAction {
  /** The subject is added to the list. */
  LISTING,
  /** The subject is removed from the list. */
  DELISTING,
  /** The subject's entry is moved to another category of the list, or the list is renamed. */
  RECLASSIFICATION
}
