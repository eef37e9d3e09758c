package org.statecraft.core;

/**
 * An operation over the closed {@link Event} family, with one method per type: the Java 17
 * equivalent of an exhaustive {@code switch}. Adding an event type adds a method here, so the
 * compiler finds every visitor to update.
 *
 * @param <R> the result type; use {@link Void} and return {@code null} for none
 */
public interface EventVisitor<R> {

  /**
   * Handles a visit.
   *
   * @param visit the visit
   * @return the operation's result for the visit
   */
  R visit(Visit visit);

  /**
   * Handles a statement.
   *
   * @param statement the statement
   * @return the operation's result for the statement
   */
  R statement(Statement statement);

  /**
   * Handles a sanction.
   *
   * @param sanction the sanction
   * @return the operation's result for the sanction
   */
  R sanction(Sanction sanction);

  /**
   * Handles a designation change.
   *
   * @param change the designation change
   * @return the operation's result for the change
   */
  R designationChange(DesignationChange change);
}
