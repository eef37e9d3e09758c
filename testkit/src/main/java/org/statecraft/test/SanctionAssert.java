package org.statecraft.test;

import static org.statecraft.test.ShouldBeInForceOn.shouldBeInForceOn;
import static org.statecraft.test.ShouldBeInForceOn.shouldNotBeInForceOn;
import static org.statecraft.test.ShouldHaveActor.shouldHaveActor;
import static org.statecraft.test.ShouldHaveActor.shouldHaveActorAmong;
import static org.statecraft.test.ShouldHaveExactly.shouldHaveExactly;
import static org.statecraft.test.ShouldHaveStatus.shouldHaveStatus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Answer;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;

/**
 * Assertions for a {@link Sanction}: its authority, targets, measures and status, and whether it
 * is in force on a day ({@link Sanction#inForceOn(LocalDate)}).
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Sanction)}. Not thread-safe.
 */
public final class SanctionAssert extends AbstractEventAssert<SanctionAssert, Sanction> {

  SanctionAssert(@Nullable Sanction actual) {
    super(actual, SanctionAssert.class);
  }

  /**
   * Verifies who imposes the sanction.
   *
   * @param authority the imposing state or body
   * @return this assertion
   * @throws AssertionError if another authority imposes it
   */
  public SanctionAssert hasAuthority(OrganizationId authority) {
    Objects.requireNonNull(authority, "authority");
    isNotNull();
    if (!actual.authority().equals(authority)) {
      throwAssertionError(shouldHaveActor(actual, "authority", authority, actual.authority()));
    }
    return myself;
  }

  /**
   * Verifies that the given actor is among the targets.
   *
   * @param target an official, organization or unnamed group
   * @return this assertion
   * @throws AssertionError if the actor is not targeted
   */
  public SanctionAssert hasTarget(ActorRef target) {
    Objects.requireNonNull(target, "target");
    isNotNull();
    if (!actual.targets().contains(target)) {
      throwAssertionError(shouldHaveActorAmong(actual, "target", "targets", target, actual.targets()));
    }
    return myself;
  }

  /**
   * Verifies that the targets are exactly the given actors, in any order.
   *
   * @param targets every expected target
   * @return this assertion
   * @throws AssertionError if a target is missing or unexpected; the message lists both
   */
  public SanctionAssert hasTargets(ActorRef... targets) {
    Objects.requireNonNull(targets, "targets");
    isNotNull();
    if (!Sets.sameElements(Arrays.asList(targets), actual.targets())) {
      throwAssertionError(shouldHaveExactly(Render.event(actual), "targets",
          Sets.actors(Arrays.asList(targets)), Sets.actors(actual.targets())));
    }
    return myself;
  }

  /**
   * Verifies that the measures are exactly the given ones, in any order.
   *
   * @param measures every expected measure, such as {@link SanctionMeasure#ASSET_FREEZE}
   * @return this assertion
   * @throws AssertionError if a measure is missing or unexpected; the message lists both
   */
  public SanctionAssert hasMeasures(SanctionMeasure... measures) {
    Objects.requireNonNull(measures, "measures");
    isNotNull();
    if (!Sets.sameElements(Arrays.asList(measures), actual.measures())) {
      throwAssertionError(shouldHaveExactly(Render.event(actual), "measures",
          Sets.strings(Arrays.asList(measures)), Sets.strings(actual.measures())));
    }
    return myself;
  }

  /**
   * Verifies where the sanction stands, as of its source.
   *
   * @param status such as {@link SanctionStatus#IN_FORCE}
   * @return this assertion
   * @throws AssertionError if its status differs
   */
  public SanctionAssert hasStatus(SanctionStatus status) {
    Objects.requireNonNull(status, "status");
    isNotNull();
    if (actual.status() != status) {
      throwAssertionError(shouldHaveStatus(actual, status));
    }
    return myself;
  }

  /**
   * Verifies that the sanction certainly applied on the day: {@link Sanction#inForceOn(LocalDate)}
   * answers {@link Answer#YES}.
   *
   * @param day the day
   * @return this assertion
   * @throws AssertionError if the answer is {@code NO} or {@code UNKNOWN}
   */
  public SanctionAssert isInForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    isNotNull();
    Answer answer = actual.inForceOn(day);
    if (answer != Answer.YES) {
      throwAssertionError(shouldBeInForceOn(actual, day, answer));
    }
    return myself;
  }

  /**
   * Verifies that the sanction certainly did not apply on the day: {@link Sanction#inForceOn(LocalDate)}
   * answers {@link Answer#NO}.
   *
   * @param day the day
   * @return this assertion
   * @throws AssertionError if the answer is {@code YES} or {@code UNKNOWN}
   */
  public SanctionAssert isNotInForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    isNotNull();
    Answer answer = actual.inForceOn(day);
    if (answer != Answer.NO) {
      throwAssertionError(shouldNotBeInForceOn(actual, day, answer));
    }
    return myself;
  }
}
