package org.statecraft.core;

/**
 * An operation over the closed {@link Event} family, with one method per type: the Java 17
 * equivalent of an exhaustive {@code switch}. Adding an event type adds a method here, so the
 * compiler finds every visitor to update.
 *
 * @param <R> the result type; use {@link Void} and return {@code null} for none
 */
public interface EventVisitor<R> {

  /** Handles a visit. */
  R visit(Visit visit);

  /** Handles a statement. */
  R statement(Statement statement);

  /** Handles a sanction. */
  R sanction(Sanction sanction);

  /** Handles a designation change. */
  R designationChange(DesignationChange change);
}
