package org.statecraft.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor the source does not name: "Taliban officials", "analysts", "Russian media", with the
 * {@link Organization} they belong to where known.
 *
 * <p>The description is 1 to 1,000 characters in our own words; the affiliation may be absent.
 * This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class UnnamedGroup implements ActorRef {

  UnnamedGroup() {}

  /**
   * Returns who the group is, such as {@code Taliban officials}.
   *
   * @return the description, 1 to 1,000 characters without surrounding white space
   */
  public abstract String description();

  /**
   * Returns the organization the group belongs to, if known.
   *
   * @return the organization's id, or empty if not known
   */
  public abstract Optional<OrganizationId> affiliation();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a group with no known affiliation.
   *
   * @param description who the group is
   * @return the group
   * @throws ValidationException naming {@code description} if blank or too long
   */
  public static UnnamedGroup of(String description) {
    return builder().description(description).build();
  }

  /**
   * Returns a group belonging to an organization.
   *
   * @param description who the group is
   * @param affiliation the organization they belong to
   * @return the group
   * @throws ValidationException naming {@code description} if blank or too long
   */
  public static UnnamedGroup of(String description, OrganizationId affiliation) {
    return builder().description(description).affiliation(affiliation).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (checks.required(description(), "description")) {
      checks.text(description(), "description", Name.MAX_LENGTH);
    }
    checks.throwIfAny();
  }

  /** Builds an {@link UnnamedGroup}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableUnnamedGroup.Builder {
    Builder() {}
  }
}
