package org.statecraft.core;

import java.util.regex.Pattern;

/** Shared form checks for the typed identifiers. */
final class Ids {

  static final int MAX_SLUG = 100;
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Ids() {}

  /** Checks that {@code value} is a slug; throws a single violation on the value itself. */
  static String slug(String value, String what) {
    Checks.nonNull(value, "");
    if (value.isEmpty() || value.length() > MAX_SLUG || !SLUG.matcher(value).matches()) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          what + " must be a slug of lower-case letters, digits and single hyphens, 1 to "
              + MAX_SLUG + " characters, such as 'sergei-shoigu'; was '" + Checks.abbreviate(value) + "'");
    }
    return value;
  }
}
