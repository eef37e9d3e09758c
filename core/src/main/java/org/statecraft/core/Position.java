package org.statecraft.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * A post an {@link Official} holds or held: the title, the {@link Organization} (by id), the term
 * as a {@link DateInterval}, and the {@link PositionStatus status} as of the source.
 *
 * <p>The term defaults to the unbounded interval when not known; its end is never before its start
 * (checked by {@link DateInterval}). The title is 1 to 1,000 characters; provenance holds no element twice. That the organization
 * resolves is checked by the {@link Dossier}. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Position {

  Position() {}

  /**
   * Returns the title, such as {@code Secretary of the Security Council}.
   *
   * @return the title, 1 to 1,000 characters without surrounding white space
   */
  public abstract String title();

  /**
   * Returns the organization the post belongs to.
   *
   * @return the organization's id; a dossier checks that it resolves to an organization
   */
  public abstract OrganizationId organization();

  /**
   * Returns the term, unbounded when not known.
   *
   * @return the term; {@link DateInterval#unbounded()} ({@code ../..}) when nothing is known of it
   */
  @Value.Default
  public DateInterval term() {
    return DateInterval.unbounded();
  }

  /**
   * Returns whether the post is held, as of the source.
   *
   * @return the status, such as {@link PositionStatus#CURRENT}
   */
  public abstract PositionStatus status();

  /**
   * Returns where the facts about this position come from.
   *
   * @return the sources of these facts, none twice; may be empty
   */
  public abstract List<Provenance> provenance();

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
    if (checks.required(title(), "title")) {
      checks.text(title(), "title", Name.MAX_LENGTH);
    }
    checks.required(organization(), "organization");
    checks.required(status(), "status");
    checks.distinctElements(provenance(), "provenance");
    checks.throwIfAny();
  }

  /** Builds a {@link Position}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }
}
