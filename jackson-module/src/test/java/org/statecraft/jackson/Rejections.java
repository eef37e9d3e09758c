package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/**
 * Asserts that reading bad input fails the way the library promises: with a
 * {@link StatecraftJsonException} (never another exception, never an error such as
 * {@link StackOverflowError}), within a hang guard, returning nothing, with at least one
 * violation whose path is a JSON path.
 */
final class Rejections {

  /**
   * A generous bound that catches a hang or a runaway loop; it is not a claim about speed
   * (speed is measured by the benchmarks).
   */
  static final Duration HANG_GUARD = Duration.ofSeconds(5);

  private Rejections() {}

  /**
   * Runs {@code read} and returns the exception it must throw.
   *
   * @throws AssertionError if it returns a value, throws anything else, or runs past the guard
   */
  static StatecraftJsonException rejected(ThrowingSupplier<?> read) {
    Object[] returned = new Object[1];
    Throwable thrown = assertTimeoutPreemptively(HANG_GUARD, () -> {
      try {
        returned[0] = read.get();
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    if (thrown == null) {
      throw new AssertionError("expected a StatecraftJsonException, but a value was returned: "
          + abbreviate(String.valueOf(returned[0])));
    }
    if (!(thrown instanceof StatecraftJsonException)) {
      throw new AssertionError("expected a StatecraftJsonException, but got " + thrown, thrown);
    }
    StatecraftJsonException e = (StatecraftJsonException) thrown;
    assertThat(e.violations()).as("violations of %s", e).isNotEmpty()
        .allSatisfy(v -> assertThat(v.path()).as("path of %s", v).startsWith("$"));
    return e;
  }

  /** Asserts that reading fails with a violation of {@code code} at exactly {@code path}. */
  static StatecraftJsonException rejected(ThrowingSupplier<?> read, String path, ViolationCode code) {
    StatecraftJsonException e = rejected(read);
    assertHas(e, path, code);
    return e;
  }

  /** Asserts that reading fails with a violation of {@code code}, wherever it is. */
  static StatecraftJsonException rejected(ThrowingSupplier<?> read, ViolationCode code) {
    StatecraftJsonException e = rejected(read);
    assertThat(e.violations()).as(describe(e)).anyMatch(v -> v.code() == code);
    return e;
  }

  static void assertHas(StatecraftJsonException e, String path, ViolationCode code) {
    assertThat(e.violations()).as("expected %s at %s; %s", code, path, describe(e))
        .anyMatch(v -> v.code() == code && v.path().equals(path));
  }

  /** Asserts that every violation lies at or inside {@code path}: nothing is blamed elsewhere. */
  static void assertAllWithin(StatecraftJsonException e, JsonCorpus.Path path) {
    assertThat(e.violations()).as("expected every violation within %s; %s", path, describe(e))
        .allMatch(v -> path.encloses(v.path()));
  }

  /**
   * A dynamic test whose failure message starts with its name, so that a report that lists
   * dynamic tests by index still says which case failed.
   */
  static DynamicTest named(String name, Executable body) {
    return DynamicTest.dynamicTest(name, () -> {
      try {
        body.execute();
      } catch (AssertionError e) {
        throw new AssertionError(name + ": " + e.getMessage(), e);
      }
    });
  }

  static String describe(StatecraftJsonException e) {
    return "violations were " + e.violations().stream().map(Violation::toString)
        .collect(Collectors.joining("; ", "[", "]"));
  }

  static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 297) + "...";
  }
}
