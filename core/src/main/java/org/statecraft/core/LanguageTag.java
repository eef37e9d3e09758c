package org.statecraft.core;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A well-formed BCP 47 language tag, such as {@code ru}, {@code prs} (Dari) or {@code en-US}.
 *
 * <p>The tag is checked for form (RFC 5646 syntax) and kept in its canonical case: language lower
 * case, script title case, region upper case. Input in another case is rejected rather than
 * silently changed, so that the same value always has the same text. Whether a subtag is
 * registered is not checked. This record is immutable and thread-safe.
 *
 * @param tag the canonical tag
 */
public record LanguageTag(String tag) {

  /**
   * Creates a language tag, checking its form and case.
   *
   * @param tag a well-formed BCP 47 tag in canonical case, such as {@code ru} or {@code en-US};
   *     neither empty nor {@code und}
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} if {@code tag} is
   *     not a well-formed BCP 47 tag in canonical case
   */
  public LanguageTag {
    Checks.nonNull(tag, "");
    String canonical;
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      canonical = locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          "'" + Checks.abbreviate(tag) + "' is not a well-formed BCP 47 language tag");
    }
    if (!canonical.equals(tag) || tag.isEmpty() || "und".equals(tag)) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          "'" + Checks.abbreviate(tag) + "' is not a BCP 47 language tag in canonical form"
              + (canonical.isEmpty() || "und".equals(canonical) ? "" : " (did you mean '" + canonical + "'?)"));
    }
  }

  /**
   * Returns the language tag with the given text.
   *
   * @param tag a BCP 47 tag in canonical case, such as {@code ru} or {@code en-US}
   * @return the language tag
   * @throws ValidationException if the tag is malformed or not in canonical case
   */
  public static LanguageTag of(String tag) {
    return new LanguageTag(tag);
  }

  /** Returns the tag. */
  @Override
  public String toString() {
    return tag;
  }
}
