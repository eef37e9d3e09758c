package org.statecraft.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit: who travelled ({@link #visitors()}), who received them ({@link #hosts()}), where, when,
 * for what purpose and on which topics.
 *
 * <p>At least one visitor and the place are required; no visitor, host or topic appears twice.
 * Hosts and topics may be empty, the purpose absent. That the visitors and hosts resolve is checked
 * by the {@link Dossier}. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Visit implements Event {

  Visit() {}

  @Override
  public abstract EventId id();

  @Override
  public abstract DateInterval when();

  /** {@inheritDoc} Required for a visit. */
  @Override
  public abstract Optional<Place> place();

  @Override
  public abstract List<Provenance> provenance();

  /**
   * Returns who visited: officials, organizations (a delegation) or unnamed groups; never empty.
   *
   * @return the visitors in the order given, at least one, none twice
   */
  public abstract List<ActorRef> visitors();

  /**
   * Returns who hosted the visit; may be empty.
   *
   * @return the hosts in the order given, none twice and none also a visitor; empty if not
   *     known
   */
  public abstract List<ActorRef> hosts();

  /**
   * Returns the purpose of the visit in our own words, if known.
   *
   * @return the purpose, 1 to 4,000 characters without surrounding white space, or empty if
   *     not known
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the topics discussed, as short phrases.
   *
   * @return the topics in the order given, each non-blank, without surrounding white space and
   *     at most 1,000 characters, none twice; may be empty
   */
  public abstract List<String> topics();

  @Override
  public final EventType type() {
    return EventType.VISIT;
  }

  @Override
  public final <R> R accept(EventVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    Events.check(checks, this);
    checks.check(place().isPresent(), "place", ViolationCode.REQUIRED, "is required for a visit");
    Events.distinctNonEmpty(checks, visitors(), "visitors");
    checks.distinctElements(hosts(), "hosts");
    for (int i = 0; i < hosts().size(); i++) {
      ActorRef host = hosts().get(i);
      if (host != null && visitors().contains(host)) { // path and message built only for a violation
        checks.add("hosts[" + i + "]", ViolationCode.INCONSISTENT, "is also a visitor: " + host);
      }
    }
    purpose().ifPresent(p -> checks.text(p, "purpose", Events.MAX_SUMMARY));
    checks.eachText(topics(), "topics", Name.MAX_LENGTH);
    checks.distinctElements(topics(), "topics");
    checks.throwIfAny();
  }

  /** Builds a {@link Visit}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableVisit.Builder {
    Builder() {}
  }
}
