package org.statecraft.jackson;

/**
 * A class that records, in a system property, that it was initialized. Its name is sent in
 * class-name payloads; the bad-input corpus checks that reading them never loads it. Check the
 * property directly: calling a method of this class would initialize it.
 */
final class ClassLoadingTripwire {

  static final String PROPERTY = "statecraft.test.tripwire";

  static {
    System.setProperty(PROPERTY, "initialized");
  }

  ClassLoadingTripwire() {}
}
