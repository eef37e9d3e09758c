package org.statecraft.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One name of an official or organization: the text, its {@link NameKind kind}, and optionally
 * the language ({@link LanguageTag}) and writing system ({@link Script}) it is written in.
 *
 * <p>The text is 1 to 1,000 characters without surrounding white space. The language and the
 * script may be absent. This type is immutable and thread-safe; build it with {@link #builder()}
 * or the factories {@link #primary(String)} and {@link #of(NameKind, String)}.
 */
@Value.Immutable
public abstract class Name {

  static final int MAX_LENGTH = 1_000;

  Name() {}

  /**
   * Returns the name as written.
   *
   * @return the text, 1 to 1,000 characters without surrounding white space
   */
  public abstract String text();

  /**
   * Returns the name's role.
   *
   * @return the kind, such as {@link NameKind#PRIMARY} or {@link NameKind#TRANSLITERATION}
   */
  public abstract NameKind kind();

  /**
   * Returns the language the name is in, if known.
   *
   * @return the language, or empty if not known
   */
  public abstract Optional<LanguageTag> language();

  /**
   * Returns the writing system the name is written in, if known.
   *
   * @return the script, or empty if not known
   */
  public abstract Optional<Script> script();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the primary name with the given text.
   *
   * @param text the name
   * @return the name, with no language nor script
   * @throws ValidationException naming {@code text} if blank or too long
   */
  public static Name primary(String text) {
    return of(NameKind.PRIMARY, text);
  }

  /**
   * Returns a name of the given kind.
   *
   * @param kind the role
   * @param text the name
   * @return the name, with no language nor script
   * @throws ValidationException naming {@code text} if blank or too long
   */
  public static Name of(NameKind kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (checks.required(text(), "text")) {
      checks.text(text(), "text", MAX_LENGTH);
    }
    checks.required(kind(), "kind");
    checks.throwIfAny();
  }

  /** Builds a {@link Name}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableName.Builder {
    Builder() {}
  }
}
