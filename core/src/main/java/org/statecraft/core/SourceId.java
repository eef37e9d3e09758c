package org.statecraft.core;

/**
 * The identifier of a {@link SourceDocument}: a stable slug chosen by the data's author, such as
 * {@code kabul-visit-report}.
 *
 * <p>Typed: a {@code SourceId} cannot be passed where another kind of identifier is expected. A
 * slug is 1 to 100 characters of lower-case ASCII letters and digits, in groups joined by single
 * hyphens. This record is immutable and thread-safe; its value is never null.
 *
 * @param value the slug
 */
public record SourceId(String value) {

  /**
   * Creates an identifier, checking its form.
   *
   * @param value the slug: 1 to 100 lower-case ASCII letters and digits, in groups joined by
   *     single hyphens, such as {@code kabul-visit-report}
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} if {@code value} is
   *     not a slug, or {@link ViolationCode#REQUIRED} if it is null
   */
  public SourceId {
    Ids.slug(value, "source id");
  }

  /**
   * Returns the identifier with the given slug.
   *
   * @param value the slug, such as {@code kabul-visit-report}
   * @return the identifier
   * @throws ValidationException if {@code value} is not a slug
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  /** Returns the slug. */
  @Override
  public String toString() {
    return value;
  }
}
