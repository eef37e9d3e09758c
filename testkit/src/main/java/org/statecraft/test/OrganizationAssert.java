package org.statecraft.test;

import static org.statecraft.test.ShouldHaveKind.shouldHaveKind;
import static org.statecraft.test.ShouldHaveName.shouldHavePrimaryName;
import static org.statecraft.test.ShouldHaveParent.shouldHaveNoParent;
import static org.statecraft.test.ShouldHaveParent.shouldHaveParent;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.OrganizationKind;

/**
 * Assertions for an {@link Organization}: the primary name, the kind and the parent.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Organization)}. Not thread-safe.
 */
public final class OrganizationAssert extends AbstractAssert<OrganizationAssert, Organization> {

  OrganizationAssert(@Nullable Organization actual) {
    super(actual, OrganizationAssert.class);
  }

  /**
   * Verifies the organization's primary name.
   *
   * @param name the name as written, such as {@code Taliban}
   * @return this assertion
   * @throws AssertionError if the primary name differs
   */
  public OrganizationAssert hasPrimaryName(String name) {
    Objects.requireNonNull(name, "name");
    isNotNull();
    if (!actual.primaryName().equals(name)) {
      throwAssertionError(shouldHavePrimaryName("organization " + actual.id(), name, actual.primaryName()));
    }
    return myself;
  }

  /**
   * Verifies what sort of body the organization is.
   *
   * @param kind such as {@link OrganizationKind#MINISTRY}
   * @return this assertion
   * @throws AssertionError if it is of another kind
   */
  public OrganizationAssert hasKind(OrganizationKind kind) {
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    if (actual.kind() != kind) {
      throwAssertionError(shouldHaveKind("organization " + actual.id(), kind, actual.kind()));
    }
    return myself;
  }

  /**
   * Verifies the organization this one is part of.
   *
   * @param parent the parent organization
   * @return this assertion
   * @throws AssertionError if it has another parent or none
   */
  public OrganizationAssert hasParent(OrganizationId parent) {
    Objects.requireNonNull(parent, "parent");
    isNotNull();
    if (!actual.parent().equals(Optional.of(parent))) {
      throwAssertionError(shouldHaveParent(actual, parent));
    }
    return myself;
  }

  /**
   * Verifies that the organization is part of no other.
   *
   * @return this assertion
   * @throws AssertionError if it has a parent
   */
  public OrganizationAssert hasNoParent() {
    isNotNull();
    if (actual.parent().isPresent()) {
      throwAssertionError(shouldHaveNoParent(actual));
    }
    return myself;
  }
}
