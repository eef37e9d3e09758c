package org.statecraft.core;

import java.util.List;

/** Rules every event shares. */
final class Events {

  static final int MAX_SUMMARY = 4_000;

  private Events() {}

  /** The id and date are required, and the provenance is not empty: no element null, none twice. */
  static void check(Checks checks, Event event) {
    checks.required(event.id(), "id");
    checks.required(event.when(), "when");
    distinctNonEmpty(checks, event.provenance(), "provenance");
  }

  /** Not empty, no element null, none twice. */
  static void distinctNonEmpty(Checks checks, List<?> values, String path) {
    checks.notEmpty(values, path);
    checks.distinctElements(values, path);
  }
}
