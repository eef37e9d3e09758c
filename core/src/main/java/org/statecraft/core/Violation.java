package org.statecraft.core;

/**
 * One broken rule: where ({@link #path()}), which rule ({@link #code()}) and a human-readable
 * {@link #message()}.
 *
 * <p>The path uses property names and zero-based indexes, relative to the value that was checked:
 * {@code measures}, {@code names[0].text}, {@code events[3].visitors[0]}. The empty path means the
 * value as a whole. Format modules translate paths into their own notation (JSON Pointer-like
 * {@code $.events[3].measures}).
 *
 * <p>This record is immutable and thread-safe. No component may be null.
 *
 * @param path where the problem is, relative to the checked value; empty for the value itself
 * @param code the stable code of the rule that was broken
 * @param message what is wrong, in words, without the path
 */
public record Violation(String path, ViolationCode code, String message) {

  /**
   * Creates a violation.
   *
   * @param path where the problem is, relative to the checked value; empty for the value itself
   * @param code the stable code of the rule that was broken
   * @param message what is wrong, in words, without the path
   * @throws ValidationException with code {@link ViolationCode#REQUIRED} naming the component
   *     ({@code path}, {@code code} or {@code message}) if one is null
   */
  public Violation {
    Checks.nonNull(path, "path");
    Checks.nonNull(code, "code");
    Checks.nonNull(message, "message");
  }

  /**
   * Returns this violation as seen from an enclosing value, with {@code prefix} in front of the
   * path: {@code measures} under prefix {@code events[3]} becomes {@code events[3].measures}.
   *
   * @param prefix the path of this value within the enclosing one; empty returns this violation
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, code, message);
    }
    String joined = path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, code, message);
  }

  /** Returns {@code path: message [code]}, or {@code message [code]} for the empty path. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + " [" + code.code() + "]";
  }
}
