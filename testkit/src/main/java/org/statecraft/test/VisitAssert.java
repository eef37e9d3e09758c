package org.statecraft.test;

import static org.statecraft.test.ShouldHaveActor.shouldHaveActorAmong;
import static org.statecraft.test.ShouldHaveExactly.shouldHaveExactly;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Visit;

/**
 * Assertions for a {@link Visit}: its visitors and hosts, and (from {@link AbstractEventAssert})
 * its place, date and provenance.
 *
 * <p>Obtain one with {@link StatecraftAssertions#assertThat(Visit)}. Not thread-safe.
 */
public final class VisitAssert extends AbstractEventAssert<VisitAssert, Visit> {

  VisitAssert(@Nullable Visit actual) {
    super(actual, VisitAssert.class);
  }

  /**
   * Verifies that the given actor is among the visitors.
   *
   * @param visitor an official, organization or unnamed group
   * @return this assertion
   * @throws AssertionError if the actor is not a visitor
   */
  public VisitAssert hasVisitor(ActorRef visitor) {
    Objects.requireNonNull(visitor, "visitor");
    isNotNull();
    if (!actual.visitors().contains(visitor)) {
      throwAssertionError(shouldHaveActorAmong(actual, "visitor", "visitors", visitor, actual.visitors()));
    }
    return myself;
  }

  /**
   * Verifies that the visitors are exactly the given actors, in any order.
   *
   * @param visitors every expected visitor
   * @return this assertion
   * @throws AssertionError if a visitor is missing or unexpected; the message lists both
   */
  public VisitAssert hasVisitors(ActorRef... visitors) {
    Objects.requireNonNull(visitors, "visitors");
    isNotNull();
    if (!Sets.sameElements(Arrays.asList(visitors), actual.visitors())) {
      throwAssertionError(shouldHaveExactly(Render.event(actual), "visitors",
          Sets.actors(Arrays.asList(visitors)), Sets.actors(actual.visitors())));
    }
    return myself;
  }

  /**
   * Verifies that the given actor is among the hosts.
   *
   * @param host an official, organization or unnamed group
   * @return this assertion
   * @throws AssertionError if the actor is not a host
   */
  public VisitAssert hasHost(ActorRef host) {
    Objects.requireNonNull(host, "host");
    isNotNull();
    if (!actual.hosts().contains(host)) {
      throwAssertionError(shouldHaveActorAmong(actual, "host", "hosts", host, actual.hosts()));
    }
    return myself;
  }

  /**
   * Verifies that the hosts are exactly the given actors, in any order.
   *
   * @param hosts every expected host; none for a visit with no known host
   * @return this assertion
   * @throws AssertionError if a host is missing or unexpected; the message lists both
   */
  public VisitAssert hasHosts(ActorRef... hosts) {
    Objects.requireNonNull(hosts, "hosts");
    isNotNull();
    if (!Sets.sameElements(Arrays.asList(hosts), actual.hosts())) {
      throwAssertionError(shouldHaveExactly(Render.event(actual), "hosts",
          Sets.actors(Arrays.asList(hosts)), Sets.actors(actual.hosts())));
    }
    return myself;
  }
}
