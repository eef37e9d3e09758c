package org.statecraft.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value cannot be built because it breaks one or more rules.
 *
 * <p>It carries every {@link Violation} found, not only the first, each with its path and stable
 * code, so a caller can report them all at once. The message lists them too. Nothing is built
 * when this is thrown: an invalid value is never observable. A builder checks in two rounds: if
 * required attributes are missing, it reports all of those (code {@link ViolationCode#REQUIRED});
 * once they are set, it reports every other rule the value breaks.
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

  // Generated builders report missing required attributes with this message.
  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[(.*)\\]");

  /**
   * Used by generated builders, both for a null argument (the message is the attribute name, or
   * "visitors element" for a null element) and for required attributes never set.
   */
  ValidationException(String message) {
    this(fromGenerated(message));
  }

  private static List<Violation> fromGenerated(String message) {
    Matcher m = MISSING.matcher(message);
    if (m.matches()) {
      List<Violation> out = new ArrayList<>();
      for (String attribute : m.group(1).split(", ")) {
        out.add(new Violation(attribute, ViolationCode.REQUIRED, "is required"));
      }
      return out;
    }
    int space = message.indexOf(' ');
    String path = space < 0 ? message : message.substring(0, space);
    String what = space < 0 ? "must not be null" : "must not hold null elements";
    return List.of(new Violation(path, ViolationCode.REQUIRED, what));
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
