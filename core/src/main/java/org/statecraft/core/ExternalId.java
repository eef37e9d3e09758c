package org.statecraft.core;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An identifier in an outside register: a {@link IdScheme scheme} and a value, such as Wikidata
 * {@code Q313326} or the UN sanctions reference {@code TAi.024}.
 *
 * <p>Values of well-known schemes are checked for form; others must be non-blank, without
 * surrounding white space and at most 200 characters. This record is immutable and thread-safe.
 *
 * @param scheme the register
 * @param value the identifier within it
 */
public record ExternalId(IdScheme scheme, String value) {

  private static final int MAX_VALUE = 200;

  /**
   * Creates an external identifier, checking the value against the scheme's form.
   *
   * @param scheme the register
   * @param value the identifier within it: 1 to 200 characters without surrounding white space,
   *     of the scheme's form if the scheme is {@link IdScheme#isWellKnown() well known}
   * @throws ValidationException naming {@code value} if it does not have the scheme's form
   */
  public ExternalId {
    Checks.nonNull(scheme, "scheme");
    Checks.nonNull(value, "value");
    Checks checks = new Checks();
    if (checks.text(value, "value", MAX_VALUE)) {
      Optional<Pattern> form = scheme.form();
      if (form.isPresent()) {
        checks.matches(value, form.get(), "value", scheme.formDescription() + " for scheme '" + scheme + "'");
      }
    }
    checks.throwIfAny();
  }

  /**
   * Returns the external identifier.
   *
   * @param scheme the register
   * @param value the identifier within it
   * @return the external identifier
   * @throws ValidationException if the value does not have the scheme's form
   */
  public static ExternalId of(IdScheme scheme, String value) {
    return new ExternalId(scheme, value);
  }

  /**
   * Returns a Wikidata item, such as {@code Q313326}.
   *
   * @param qid {@code Q} followed by a number without leading zeros, such as {@code Q313326}
   * @return the identifier in scheme {@link IdScheme#WIKIDATA}
   * @throws ValidationException naming {@code value} if {@code qid} does not have that form
   */
  public static ExternalId wikidata(String qid) {
    return new ExternalId(IdScheme.WIKIDATA, qid);
  }

  /**
   * Returns a UN Security Council sanctions list reference, such as {@code TAi.024}.
   *
   * @param reference two or three upper-case letters, {@code i} (individual) or {@code e}
   *     (entity), a dot and three digits, such as {@code TAi.024}
   * @return the identifier in scheme {@link IdScheme#UN_SANCTIONS}
   * @throws ValidationException naming {@code value} if {@code reference} does not have that form
   */
  public static ExternalId unSanctions(String reference) {
    return new ExternalId(IdScheme.UN_SANCTIONS, reference);
  }

  /** Returns {@code scheme:value}. */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }

}
