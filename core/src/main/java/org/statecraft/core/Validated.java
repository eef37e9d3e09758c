package org.statecraft.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of building a value without throwing: either the valid value, or every
 * {@link Violation} that stopped it.
 *
 * <pre>{@code
 * Validated<Visit> result = Validated.attempt(builder::build);
 * if (!result.isValid()) {
 *   result.violations().forEach(v -> report(v.path(), v.code(), v.message()));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {

  private final T value; // null when invalid
  private final List<Violation> violations;

  private Validated(T value, List<Violation> violations) {
    this.value = value;
    this.violations = violations;
  }

  /**
   * Runs a build step and captures its outcome. Only {@link ValidationException} is captured; any
   * other exception propagates.
   *
   * @param build the build step, such as {@code builder::build}
   * @param <T> the type of the value
   * @return the valid value, or the violations
   */
  public static <T> Validated<T> attempt(Supplier<T> build) {
    try {
      return new Validated<>(Checks.nonNull(build.get(), ""), List.of());
    } catch (ValidationException e) {
      return new Validated<>(null, e.violations());
    }
  }

  /**
   * Returns whether the value was built.
   *
   * @return true if the build step returned a value; false if it threw a
   *     {@link ValidationException} or returned null
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * Returns the value, if it was built.
   *
   * @return the value, or empty if it was not built
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns every violation; empty if the value was built. Unmodifiable.
   *
   * @return the violations in the order reported, at least one if the value was not built
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the value, or throws every violation.
   *
   * @return the value
   * @throws ValidationException if the value was not built
   */
  public T orElseThrow() {
    if (value == null) {
      throw new ValidationException(violations);
    }
    return value;
  }

  @Override
  public String toString() {
    return value != null ? "Validated[" + value + "]" : "Invalid" + violations;
  }
}
