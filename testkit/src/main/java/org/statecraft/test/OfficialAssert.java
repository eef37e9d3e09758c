package org.statecraft.test;

import static org.statecraft.test.ShouldHaveName.shouldHavePrimaryName;
import static org.statecraft.test.ShouldHoldPosition.shouldHoldPosition;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Official;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.Position;
import org.statecraft.core.PositionStatus;

/**
 * Assertions for an {@link Official}: the primary name and the positions held.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Official)}. Not thread-safe.
 */
public final class OfficialAssert extends AbstractAssert<OfficialAssert, Official> {

  OfficialAssert(@Nullable Official actual) {
    super(actual, OfficialAssert.class);
  }

  /**
   * Verifies the official's primary name.
   *
   * @param name the name as written, such as {@code Sergei Shoigu}
   * @return this assertion
   * @throws AssertionError if the primary name differs
   */
  public OfficialAssert hasPrimaryName(String name) {
    Objects.requireNonNull(name, "name");
    isNotNull();
    if (!actual.primaryName().equals(name)) {
      throwAssertionError(shouldHavePrimaryName("official " + actual.id(), name, actual.primaryName()));
    }
    return myself;
  }

  /**
   * Verifies that the official holds a position with the given title, as
   * {@link PositionStatus#CURRENT current} or {@link PositionStatus#ACTING acting} holder.
   *
   * @param title the title, such as {@code Secretary of the Security Council}
   * @return this assertion
   * @throws AssertionError if no such position is held (a former one does not count)
   */
  public OfficialAssert holdsPosition(String title) {
    Objects.requireNonNull(title, "title");
    isNotNull();
    if (actual.positions().stream().noneMatch(p -> isHeld(p) && p.title().equals(title))) {
      throwAssertionError(shouldHoldPosition(actual, title, Optional.empty()));
    }
    return myself;
  }

  /**
   * Verifies that the official holds a position with the given title in the given organization,
   * as {@link PositionStatus#CURRENT current} or {@link PositionStatus#ACTING acting} holder.
   *
   * @param title the title
   * @param organization the organization the post belongs to
   * @return this assertion
   * @throws AssertionError if no such position is held (a former one does not count)
   */
  public OfficialAssert holdsPosition(String title, OrganizationId organization) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organization, "organization");
    isNotNull();
    if (actual.positions().stream()
        .noneMatch(p -> isHeld(p) && p.title().equals(title) && p.organization().equals(organization))) {
      throwAssertionError(shouldHoldPosition(actual, title, Optional.of(organization)));
    }
    return myself;
  }

  private static boolean isHeld(Position p) {
    return p.status() == PositionStatus.CURRENT || p.status() == PositionStatus.ACTING;
  }
}
