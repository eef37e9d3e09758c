package org.statecraft.core;

import java.util.regex.Pattern;

/** Shared form checks for the typed identifiers. */
final class Ids {

  static final int MAX_SLUG = 100;
  /** The slug form, for documentation and tests; {@link #isSlug} is the fast equivalent. */
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Ids() {}

  /** Checks that {@code value} is a slug; throws a single violation on the value itself. */
  static String slug(String value, String what) {
    Checks.nonNull(value, "");
    if (value.isEmpty() || value.length() > MAX_SLUG || !isSlug(value)) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          what + " must be a slug of lower-case letters, digits and single hyphens, 1 to "
              + MAX_SLUG + " characters, such as 'sergei-shoigu'; was '" + Checks.abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * Tells whether {@code value} matches {@link #SLUG}: groups of {@code [a-z0-9]} joined by single
   * hyphens. A character loop: identifiers are checked on every read, and a regular expression
   * allocates a matcher per call.
   */
  static boolean isSlug(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (previous == '-') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
