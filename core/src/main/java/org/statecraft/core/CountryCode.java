package org.statecraft.core;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory as an ISO 3166-1 alpha-2 code, such as {@code AF}, {@code RU} or
 * {@code US}.
 *
 * <p>Accepted codes are the officially assigned ISO 3166-1 alpha-2 codes known to the running JDK
 * ({@link Locale#getISOCountries()}), plus the user-assigned {@code XK}, which sanctions lists and
 * international organizations use for Kosovo. Codes are upper case; lower-case input is rejected
 * rather than silently changed. This record is immutable and thread-safe.
 *
 * @param code the two-letter upper-case code
 */
public record CountryCode(String code) {

  /** The user-assigned codes accepted in addition to the officially assigned ones. */
  public static final Set<String> USER_ASSIGNED = Set.of("XK");

  private static final Set<String> KNOWN = known();

  /**
   * Creates a country code, checking that it is known.
   *
   * @param code an assigned ISO 3166-1 alpha-2 code in upper case, such as {@code AF}, or
   *     {@code XK}
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} if {@code code} is
   *     not two upper-case letters, or {@link ViolationCode#UNKNOWN_VALUE} if it is not assigned
   */
  public CountryCode {
    Checks.nonNull(code, "");
    if (code.length() != 2 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          "country code must be two upper-case letters (ISO 3166-1 alpha-2), was '"
              + Checks.abbreviate(code) + "'");
    }
    if (!KNOWN.contains(code)) {
      throw Checks.single("", ViolationCode.UNKNOWN_VALUE,
          "'" + code + "' is not an assigned ISO 3166-1 alpha-2 code nor one of " + new TreeSet<>(USER_ASSIGNED));
    }
  }

  /**
   * Returns the country with the given code.
   *
   * @param code an ISO 3166-1 alpha-2 code such as {@code AF}, or {@code XK}
   * @return the country code
   * @throws ValidationException if the code is malformed or not assigned
   */
  public static CountryCode of(String code) {
    return new CountryCode(code);
  }

  /**
   * Tells whether a code would be accepted, without throwing.
   *
   * @param code the candidate code, or {@code null}
   * @return true if {@link #of(String)} accepts it; false for {@code null}
   */
  public static boolean isValid(@Nullable String code) {
    return code != null && KNOWN.contains(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }

  private static Set<String> known() {
    Set<String> all = new TreeSet<>(Set.of(Locale.getISOCountries()));
    all.addAll(USER_ASSIGNED);
    return Set.copyOf(all);
  }
}
