package org.statecraft.core;

/**
 * A writing system as an ISO 15924 four-letter code in title case, such as {@code Cyrl},
 * {@code Arab} or {@code Latn}.
 *
 * <p>The code is checked for form only. This record is immutable and thread-safe.
 *
 * @param code the four-letter code
 */
public record Script(String code) {


  /** Latin script. */
  public static final Script LATIN = new Script("Latn");
  /** Cyrillic script. */
  public static final Script CYRILLIC = new Script("Cyrl");
  /** Arabic script (also used for Dari and Pashto). */
  public static final Script ARABIC = new Script("Arab");

  /**
   * Creates a script code, checking its form.
   *
   * @param code an ISO 15924 code of four ASCII letters in title case, such as {@code Cyrl}
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} unless {@code code}
   *     is four ASCII letters, the first upper case and the rest lower case
   */
  public Script {
    Checks.nonNull(code, "");
    if (!isScriptCode(code)) {
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

  // The form [A-Z][a-z]{3}, checked without a regular expression (scripts are read with every name).
  private static boolean isScriptCode(String code) {
    if (code.length() != 4) {
      return false;
    }
    char first = code.charAt(0);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      char c = code.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
