package org.statecraft.core;

import java.util.List;

/** Rules shared by every list of names. */
final class Names {

  private Names() {}

  /** Non-empty, exactly one primary, no name twice. */
  static void check(Checks checks, List<Name> names, String path) {
    checks.notEmpty(names, path);
    boolean complete = checks.noNulls(names, path);
    long primaries = names.stream().filter(n -> n != null && n.kind() == NameKind.PRIMARY).count();
    if (complete && !names.isEmpty() && primaries != 1) {
      checks.add(path, ViolationCode.INCONSISTENT,
          "must hold exactly one name of kind PRIMARY, held " + primaries);
    }
    checks.distinct(names, path);
  }

  static String primary(List<Name> names) {
    return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElseThrow().text();
  }
}
