package org.statecraft.core;

import java.util.regex.Pattern;

/**
 * A writing system as an ISO 15924 four-letter code in title case, such as {@code Cyrl},
 * {@code Arab} or {@code Latn}.
 *
 * <p>The code is checked for form only. This record is immutable and thread-safe.
 *
 * @param code the four-letter code
 */
public record Script(String code) {

  private static final Pattern FORM = Pattern.compile("[A-Z][a-z]{3}");

  /** Latin script. */
  public static final Script LATIN = new Script("Latn");
  /** Cyrillic script. */
  public static final Script CYRILLIC = new Script("Cyrl");
  /** Arabic script (also used for Dari and Pashto). */
  public static final Script ARABIC = new Script("Arab");

  /**
   * Creates a script code, checking its form.
   *
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} unless {@code code}
   *     is four ASCII letters, the first upper case and the rest lower case
   */
  public Script {
    Checks.nonNull(code, "");
    if (!FORM.matcher(code).matches()) {
      throw Checks.single("", ViolationCode.INVALID_FORMAT,
          "script must be an ISO 15924 code of four letters in title case, such as 'Cyrl'; was '"
              + Checks.abbreviate(code) + "'");
    }
  }

  /**
   * Returns the script with the given code.
   *
   * @param code an ISO 15924 code such as {@code Cyrl}
   * @return the script
   * @throws ValidationException if the code is malformed
   */
  public static Script of(String code) {
    return new Script(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
