package org.statecraft.test;

import static org.statecraft.test.ShouldHaveBasis.shouldBeReported;
import static org.statecraft.test.ShouldHaveBasis.shouldBeReportedBy;
import static org.statecraft.test.ShouldHaveBasis.shouldBeStatedDirectly;
import static org.statecraft.test.ShouldHaveTakenPlace.shouldHaveTakenPlaceIn;
import static org.statecraft.test.ShouldHaveTakenPlace.shouldHaveTakenPlaceInCountry;
import static org.statecraft.test.ShouldHaveTakenPlace.shouldHaveTakenPlaceOn;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Basis;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.Event;
import org.statecraft.core.Place;

/**
 * Checks shared by every event: where and when it took place, and how it is known.
 *
 * <p>Like every AssertJ assertion, an instance wraps one value and is not thread-safe. Each check
 * first fails if the event is {@code null}.
 *
 * @param <SELF> the concrete assertion type, returned by every check for chaining
 * @param <E> the event type
 */
public abstract class AbstractEventAssert<SELF extends AbstractEventAssert<SELF, E>, E extends Event>
    extends AbstractAssert<SELF, E> {

  AbstractEventAssert(@Nullable E actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the event took place in the place of the given name.
   *
   * @param placeName the place's name, such as {@code Kabul}
   * @return this assertion
   * @throws AssertionError if the event has no place or a place of another name
   */
  public SELF tookPlaceIn(String placeName) {
    Objects.requireNonNull(placeName, "placeName");
    isNotNull();
    if (!actual.place().map(Place::name).filter(placeName::equals).isPresent()) {
      throwAssertionError(shouldHaveTakenPlaceIn(actual, placeName));
    }
    return myself;
  }

  /**
   * Verifies that the event took place in the given country.
   *
   * @param country the country, such as {@code CountryCode.of("AF")}
   * @return this assertion
   * @throws AssertionError if the event has no place or a place in another country
   */
  public SELF tookPlaceInCountry(CountryCode country) {
    Objects.requireNonNull(country, "country");
    isNotNull();
    if (!actual.place().map(Place::country).filter(country::equals).isPresent()) {
      throwAssertionError(shouldHaveTakenPlaceInCountry(actual, country));
    }
    return myself;
  }

  /**
   * Verifies that the event's date or interval is exactly the given one, at the same precision.
   *
   * @param isoDate a date or interval in the text form of {@link DateInterval#parse(String)}, such
   *     as {@code 2024-11-25}, {@code 2024-11} or {@code ../2024-11-25}
   * @return this assertion
   * @throws AssertionError if the event's {@link Event#when()} differs
   * @throws org.statecraft.core.ValidationException if {@code isoDate} is not a valid date or interval
   */
  public SELF tookPlaceOn(String isoDate) {
    DateInterval expected = DateInterval.parse(Objects.requireNonNull(isoDate, "isoDate"));
    isNotNull();
    if (!actual.when().equals(expected)) {
      throwAssertionError(shouldHaveTakenPlaceOn(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the source states the event directly, in its own voice: at least one of its
   * provenances has the basis {@link Basis#STATED}.
   *
   * @return this assertion
   * @throws AssertionError if the event is known only as reported or assessed by someone
   */
  public SELF isStatedDirectly() {
    isNotNull();
    if (actual.provenance().stream().noneMatch(p -> p.basis() == Basis.STATED)) {
      throwAssertionError(shouldBeStatedDirectly(actual));
    }
    return myself;
  }

  /**
   * Verifies that the event is known only as reported by someone else: every provenance has the
   * basis {@link Basis#REPORTED}.
   *
   * @return this assertion
   * @throws AssertionError if any provenance is stated or assessed
   */
  public SELF isReported() {
    isNotNull();
    if (!actual.provenance().stream().allMatch(p -> p.basis() == Basis.REPORTED)) {
      throwAssertionError(shouldBeReported(actual));
    }
    return myself;
  }

  /**
   * Verifies that someone reported the event: a provenance with basis {@link Basis#REPORTED}
   * attributes it to the given actor.
   *
   * @param reporter who reported it, such as an {@code UnnamedGroup} "Russian media"
   * @return this assertion
   * @throws AssertionError if no provenance reports the event as told by that actor
   */
  public SELF isReportedBy(ActorRef reporter) {
    Objects.requireNonNull(reporter, "reporter");
    isNotNull();
    if (actual.provenance().stream().noneMatch(
        p -> p.basis() == Basis.REPORTED && p.attributedTo().filter(reporter::equals).isPresent())) {
      throwAssertionError(shouldBeReportedBy(actual, reporter));
    }
    return myself;
  }
}
