package org.statecraft.jackson;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Violation;

/**
 * Thrown when JSON cannot be read as Statecraft data: it is malformed (not JSON, truncated,
 * a duplicate property name, content after the document), exceeds a read limit, or describes
 * values the model rejects.
 *
 * <p>It carries every {@link Violation} found, not only the first, each with a JSON path such as
 * {@code $.events[3].measures[0]} ({@code $} for the document itself) and a stable
 * {@link org.statecraft.core.ViolationCode code}: the model's own codes at the path of the
 * offending JSON value, plus {@code MALFORMED}, {@code UNKNOWN_PROPERTY}, {@code UNKNOWN_VALUE}
 * and {@code LIMIT_EXCEEDED}. The message lists the violations too (the first twenty). The cause,
 * when there is one, is the Jackson or model exception behind the first violation. Nothing read is
 * returned when this is thrown.
 *
 * <p>Instances are immutable once thrown; the violation list is unmodifiable and never empty.
 */
public class StatecraftJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED = 20;

  /** @serial the violations, unmodifiable, never empty */
  private final List<Violation> violations;

  /**
   * Creates an exception for the given violations.
   *
   * @param violations every problem found, with JSON paths; must not be empty
   * @param cause the failure behind the first violation, or {@code null} if there is none
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public StatecraftJsonException(List<Violation> violations, @Nullable Throwable cause) {
    super(describe(violations), cause);
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every violation found, in document order as far as reading allowed.
   *
   * @return the violations; never empty, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a StatecraftJsonException needs at least one violation");
    }
    if (violations.size() == 1) {
      return "invalid JSON: " + violations.get(0);
    }
    String listed = violations.stream().limit(LISTED).map(Violation::toString).collect(Collectors.joining("; "));
    return "invalid JSON, " + violations.size() + " violations: " + listed
        + (violations.size() > LISTED ? "; and " + (violations.size() - LISTED) + " more" : "");
  }
}
