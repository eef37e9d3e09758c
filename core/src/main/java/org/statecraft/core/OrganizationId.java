package org.statecraft.core;

/**
 * The identifier of an {@link Organization}: a stable slug chosen by the data's author, such as
 * {@code taliban}.
 *
 * <p>Typed: an {@code OrganizationId} cannot be passed where another kind of identifier is expected. A
 * slug is 1 to 100 characters of lower-case ASCII letters and digits, in groups joined by single
 * hyphens. This record is immutable and thread-safe; its value is never null.
 *
 * @param value the slug
 */
public record OrganizationId(String value) implements ActorRef {

  /**
   * Creates an identifier, checking its form.
   *
   * @param value the slug: 1 to 100 lower-case ASCII letters and digits, in groups joined by
   *     single hyphens, such as {@code taliban}
   * @throws ValidationException with code {@link ViolationCode#INVALID_FORMAT} if {@code value} is
   *     not a slug, or {@link ViolationCode#REQUIRED} if it is null
   */
  public OrganizationId {
    Ids.slug(value, "organization id");
  }

  /**
   * Returns the identifier with the given slug.
   *
   * @param value the slug, such as {@code taliban}
   * @return the identifier
   * @throws ValidationException if {@code value} is not a slug
   */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  /** Returns the slug. */
  @Override
  public String toString() {
    return value;
  }
}
