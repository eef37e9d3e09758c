package org.statecraft.core;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value cannot be built because it breaks one or more rules.
 *
 * <p>It carries every {@link Violation} found, not only the first, each with its path and stable
 * code, so a caller can report them all at once. The message lists them too. Nothing is built
 * when this is thrown: an invalid value is never observable. A builder checks every rule at once:
 * required attributes never set (code {@link ViolationCode#REQUIRED}) are reported together with
 * every other rule the value breaks. A {@link Dossier} reports a missing or null part on its own,
 * because its cross-reference checks need every part.
 *
 * <p>Instances are immutable once thrown; the violation list is unmodifiable.
 */
public class ValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the violations, unmodifiable */
  private final List<Violation> violations;

  /**
   * Creates an exception for the given violations.
   *
   * @param violations every problem found; must not be empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    this(List.copyOf(violations), null);
  }

  /**
   * Creates an exception for the given violations, keeping the failure that revealed them.
   *
   * @param violations every problem found; must not be empty
   * @param cause the underlying failure, or {@code null} if there is none
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations, @Nullable Throwable cause) {
    super(describe(violations), cause);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * Used by generated builders for a null passed to a single-value setter: the message is the
   * attribute's name. (Required attributes never set and null list elements are reported by each
   * type's own check, with every other rule.)
   */
  ValidationException(String attribute) {
    this(List.of(new Violation(attribute, ViolationCode.REQUIRED, "must not be null")));
  }

  /**
   * Returns every violation found, in the order they were found.
   *
   * @return the violations; never empty, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns a copy of this exception whose violation paths are prefixed with {@code prefix}, as
   * seen from an enclosing value.
   *
   * @param prefix the path of the failed value within the enclosing one
   * @return a new exception with this one as its cause
   */
  public ValidationException under(String prefix) {
    return new ValidationException(
        violations.stream().map(v -> v.under(prefix)).collect(Collectors.toList()), this);
  }

  private static String describe(List<Violation> violations) {
    if (violations.size() == 1) {
      return "invalid value: " + violations.get(0);
    }
    return violations.size() + " violations: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
