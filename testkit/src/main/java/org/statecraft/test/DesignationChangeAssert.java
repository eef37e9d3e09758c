package org.statecraft.test;

import static org.statecraft.test.ShouldBeAtStage.shouldBeAtStage;
import static org.statecraft.test.ShouldBeAtStage.shouldHaveReachedStageOn;
import static org.statecraft.test.ShouldHaveAction.shouldHaveAction;
import static org.statecraft.test.ShouldHaveActor.shouldHaveActor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.OrganizationId;

/**
 * Assertions for a {@link DesignationChange}: whose list, which subject, what it does, and how far
 * it has come, now or on a given day.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(DesignationChange)}. Not thread-safe.
 */
public final class DesignationChangeAssert extends AbstractEventAssert<DesignationChangeAssert, DesignationChange> {

  DesignationChangeAssert(@Nullable DesignationChange actual) {
    super(actual, DesignationChangeAssert.class);
  }

  /**
   * Verifies whose list changes.
   *
   * @param authority the state or body that keeps the list
   * @return this assertion
   * @throws AssertionError if it is another authority's list
   */
  public DesignationChangeAssert hasAuthority(OrganizationId authority) {
    Objects.requireNonNull(authority, "authority");
    isNotNull();
    if (!actual.authority().equals(authority)) {
      throwAssertionError(shouldHaveActor(actual, "authority", authority, actual.authority()));
    }
    return myself;
  }

  /**
   * Verifies who is listed, delisted or reclassified.
   *
   * @param subject the subject
   * @return this assertion
   * @throws AssertionError if the change concerns someone else
   */
  public DesignationChangeAssert hasSubject(ActorRef subject) {
    Objects.requireNonNull(subject, "subject");
    isNotNull();
    if (!actual.subject().equals(subject)) {
      throwAssertionError(shouldHaveActor(actual, "subject", subject, actual.subject()));
    }
    return myself;
  }

  /**
   * Verifies what the change does.
   *
   * @param action such as {@link DesignationAction#DELISTING}
   * @return this assertion
   * @throws AssertionError if it does something else
   */
  public DesignationChangeAssert hasAction(DesignationAction action) {
    Objects.requireNonNull(action, "action");
    isNotNull();
    if (actual.action() != action) {
      throwAssertionError(shouldHaveAction(actual, action));
    }
    return myself;
  }

  /**
   * Verifies the stage reached last ({@link DesignationChange#currentStage()}).
   *
   * @param stage such as {@link DesignationStage#ANNOUNCED}
   * @return this assertion
   * @throws AssertionError if the change stands at another stage
   */
  public DesignationChangeAssert isAtStage(DesignationStage stage) {
    Objects.requireNonNull(stage, "stage");
    isNotNull();
    if (actual.currentStage() != stage) {
      throwAssertionError(shouldBeAtStage(actual, stage));
    }
    return myself;
  }

  /**
   * Verifies the stage the change stood at on a day: the latest stage certainly reached on or
   * before it ({@link DesignationChange#stepOn(LocalDate)}).
   *
   * @param day the day
   * @param stage the stage expected on that day
   * @return this assertion
   * @throws AssertionError if another stage, or none, was certainly reached by then
   */
  public DesignationChangeAssert isAtStageOn(LocalDate day, DesignationStage stage) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(stage, "stage");
    isNotNull();
    Optional<DesignationStep> step = actual.stepOn(day);
    if (step.map(DesignationStep::stage).orElse(null) != stage) {
      throwAssertionError(shouldHaveReachedStageOn(actual, day, stage, step));
    }
    return myself;
  }
}
