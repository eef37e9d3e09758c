package org.statecraft.core;

/**
 * What sort of body an {@link Organization} is. The vocabulary is closed; new kinds may be added
 * in a minor release. This enum is immutable and thread-safe.
 */
public enum OrganizationKind {
  /** A sovereign state as an actor ("the United States", "Russia"). */
  STATE,
  /** A government as a whole, including a de facto one ("the Taliban government"). */
  GOVERNMENT,
  /** A council, agency or office of a government ("Russia's Security Council"). */
  GOVERNMENT_BODY,
  /** A ministry or department ("Russia's Ministry of Foreign Affairs"). */
  MINISTRY,
  /** A court or tribunal. */
  COURT,
  /** A parliament or other legislature. */
  LEGISLATURE,
  /** A non-state armed group ("Islamic State-Khorasan Province"). */
  ARMED_GROUP,
  /** A political movement or party ("the Taliban"). */
  POLITICAL_MOVEMENT,
  /** An intergovernmental organization ("the United Nations"). */
  INTERNATIONAL_ORGANIZATION,
  /** A news outlet or the media of a country as a whole ("Russian media"). */
  MEDIA,
  /** A company or other commercial body. */
  COMPANY,
  /** A non-governmental organization. */
  NON_GOVERNMENTAL_ORGANIZATION,
  /** Anything else. */
  OTHER
}
