package org.statecraft.test;

import static org.statecraft.test.ShouldHaveActor.shouldHaveActor;
import static org.statecraft.test.ShouldHaveActor.shouldHaveActorAmong;
import static org.statecraft.test.ShouldHaveKind.shouldHaveKind;
import static org.statecraft.test.ShouldRespondTo.shouldHaveOccasion;
import static org.statecraft.test.ShouldRespondTo.shouldRespondTo;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.EventId;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;

/**
 * Assertions for a {@link Statement}: its speaker, kind, addressees, subjects, occasion and the
 * statement it answers, and (from {@link AbstractEventAssert}) whether it is stated directly or
 * reported.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Statement)}. Not thread-safe.
 */
public final class StatementAssert extends AbstractEventAssert<StatementAssert, Statement> {

  StatementAssert(@Nullable Statement actual) {
    super(actual, StatementAssert.class);
  }

  /**
   * Verifies who made the statement.
   *
   * @param speaker an official, organization or unnamed group
   * @return this assertion
   * @throws AssertionError if someone else made it
   */
  public StatementAssert hasSpeaker(ActorRef speaker) {
    Objects.requireNonNull(speaker, "speaker");
    isNotNull();
    if (!actual.speaker().equals(speaker)) {
      throwAssertionError(shouldHaveActor(actual, "speaker", speaker, actual.speaker()));
    }
    return myself;
  }

  /**
   * Verifies what the statement does.
   *
   * @param kind such as {@link StatementKind#REQUEST}
   * @return this assertion
   * @throws AssertionError if it is of another kind
   */
  public StatementAssert hasKind(StatementKind kind) {
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    if (actual.kind() != kind) {
      throwAssertionError(shouldHaveKind(Render.event(actual), kind, actual.kind()));
    }
    return myself;
  }

  /**
   * Verifies that the statement is addressed to the given actor (among others, possibly).
   *
   * @param addressee an official, organization or unnamed group
   * @return this assertion
   * @throws AssertionError if the actor is not among the addressees
   */
  public StatementAssert isAddressedTo(ActorRef addressee) {
    Objects.requireNonNull(addressee, "addressee");
    isNotNull();
    if (!actual.addressees().contains(addressee)) {
      throwAssertionError(shouldHaveActorAmong(actual, "addressee", "addressees", addressee, actual.addressees()));
    }
    return myself;
  }

  /**
   * Verifies that the statement is about the given actor (among others, possibly).
   *
   * @param subject an official, organization or unnamed group
   * @return this assertion
   * @throws AssertionError if the actor is not among the subjects
   */
  public StatementAssert isAbout(ActorRef subject) {
    Objects.requireNonNull(subject, "subject");
    isNotNull();
    if (!actual.subjects().contains(subject)) {
      throwAssertionError(shouldHaveActorAmong(actual, "subject", "subjects", subject, actual.subjects()));
    }
    return myself;
  }

  /**
   * Verifies which statement this one answers.
   *
   * @param statement the id of the statement answered
   * @return this assertion
   * @throws AssertionError if it answers another statement or none
   */
  public StatementAssert respondsTo(EventId statement) {
    Objects.requireNonNull(statement, "statement");
    isNotNull();
    if (!actual.respondsTo().equals(Optional.of(statement))) {
      throwAssertionError(shouldRespondTo(actual, statement));
    }
    return myself;
  }

  /**
   * Verifies the event during which the statement was made, such as a visit.
   *
   * @param occasion the id of that event
   * @return this assertion
   * @throws AssertionError if it was made on another occasion or none is known
   */
  public StatementAssert wasMadeDuring(EventId occasion) {
    Objects.requireNonNull(occasion, "occasion");
    isNotNull();
    if (!actual.occasion().equals(Optional.of(occasion))) {
      throwAssertionError(shouldHaveOccasion(actual, occasion));
    }
    return myself;
  }
}
