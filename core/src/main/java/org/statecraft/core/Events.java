package org.statecraft.core;

import java.util.List;

/** Rules every event shares. */
final class Events {

  static final int MAX_SUMMARY = 4_000;

  private Events() {}

  static void check(Checks checks, Event event) {
    checks.notEmpty(event.provenance(), "provenance");
    checks.distinct(event.provenance(), "provenance");
  }

  static void distinctNonEmpty(Checks checks, List<?> values, String path) {
    checks.notEmpty(values, path);
    checks.distinct(values, path);
  }
}
