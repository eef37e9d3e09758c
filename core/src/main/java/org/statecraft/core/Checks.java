package org.statecraft.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Collects violations while a value is checked, then throws them all at once. Not thread-safe. */
final class Checks {

  private final List<Violation> violations = new ArrayList<>();

  /** Reports a required attribute that was never set; returns whether it is present. */
  boolean required(@Nullable Object value, String path) {
    return check(value != null, path, ViolationCode.REQUIRED, "is required");
  }

  /** Reports every null element at its index; returns whether there is none. */
  boolean noNulls(List<?> values, String path) {
    boolean none = true;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        add(path + "[" + i + "]", ViolationCode.REQUIRED, "must not be null");
        none = false;
      }
    }
    return none;
  }

  /** No element null, none twice. */
  void distinctElements(List<?> values, String path) {
    noNulls(values, path);
    distinct(values, path);
  }

  /** Whether any violation has been recorded so far. */
  boolean any() {
    return !violations.isEmpty();
  }

  void add(String path, ViolationCode code, String message) {
    violations.add(new Violation(path, code, message));
  }

  boolean check(boolean ok, String path, ViolationCode code, String message) {
    if (!ok) {
      add(path, code, message);
    }
    return ok;
  }

  /** Text must not be blank nor longer than {@code max}. */
  boolean text(String value, String path, int max) {
    if (value.isBlank()) {
      add(path, ViolationCode.BLANK, "must not be blank");
      return false;
    }
    if (value.length() > max) {
      add(path, ViolationCode.TOO_LONG, "must be at most " + max + " characters, was " + value.length());
      return false;
    }
    if (!value.strip().equals(value)) {
      add(path, ViolationCode.INVALID_FORMAT, "must not start or end with white space");
      return false;
    }
    int lone = unpairedSurrogate(value);
    if (lone >= 0) {
      add(path, ViolationCode.INVALID_FORMAT, String.format(
          "must be Unicode text, but holds an unpaired surrogate U+%04X at index %d", (int) value.charAt(lone), lone));
      return false;
    }
    return true;
  }

  /**
   * Returns the index of the first UTF-16 surrogate that is not half of a pair, or -1. Such a
   * string is no Unicode text: it cannot be encoded in UTF-8, so no format could write it.
   */
  static int unpairedSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  void notEmpty(Collection<?> values, String path) {
    check(!values.isEmpty(), path, ViolationCode.EMPTY, "must hold at least one element");
  }

  /**
   * Reports every element equal to an earlier one, at the later element's index. Null elements
   * are left to {@link #noNulls}.
   */
  void distinct(List<?> values, String path) {
    int n = values.size();
    if (n < 2) {
      return;
    }
    if (n <= 16) { // the model's lists are short: compare pairwise rather than allocate a set
      for (int i = 1; i < n; i++) {
        Object value = values.get(i);
        if (value == null) {
          continue;
        }
        for (int j = 0; j < i; j++) {
          if (value.equals(values.get(j))) {
            add(path + "[" + i + "]", ViolationCode.DUPLICATE, "repeats " + value);
            break;
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (values.get(i) != null && !seen.add(values.get(i))) {
        add(path + "[" + i + "]", ViolationCode.DUPLICATE, "repeats " + values.get(i));
      }
    }
  }

  void eachText(List<String> values, String path, int maxLength) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value != null && !isText(value, maxLength)) { // the element's path is built only for a violation
        text(value, path + "[" + i + "]", maxLength);
      }
    }
  }

  /** Whether {@link #text(String, String, int)} accepts {@code value}, recording nothing. */
  static boolean isText(String value, int max) {
    return !value.isBlank() && value.length() <= max && value.strip().equals(value) && unpairedSurrogate(value) < 0;
  }

  boolean matches(String value, Pattern pattern, String path, String expected) {
    if (!pattern.matcher(value).matches()) {
      add(path, ViolationCode.INVALID_FORMAT, "must be " + expected + ", was '" + abbreviate(value) + "'");
      return false;
    }
    return true;
  }

  boolean isEmpty() {
    return violations.isEmpty();
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }

  /** Throws a single violation for a value that is checked as a whole (e.g. a factory argument). */
  static ValidationException single(String path, ViolationCode code, String message) {
    return new ValidationException(List.of(new Violation(path, code, message)));
  }

  static <T> T nonNull(T value, String path) {
    if (value == null) {
      throw single(path, ViolationCode.REQUIRED, "must not be null");
    }
    return value;
  }
}
