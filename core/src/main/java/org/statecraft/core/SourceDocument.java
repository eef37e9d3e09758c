package org.statecraft.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A document facts are drawn from: a news report, an official notice, a sanctions list.
 *
 * <p>It has an {@link SourceId id} and a title; the publisher, publication date, address (an
 * absolute {@code http} or {@code https} URI), language and paragraph count may be absent. When
 * the paragraph count is given, a {@link Dossier} checks that every {@link Provenance} citing this
 * document names a paragraph within it. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceDocument {

  SourceDocument() {}

  /**
   * Returns the document's identifier.
   *
   * @return the identifier; unique among the sources of a dossier
   */
  public abstract SourceId id();

  /**
   * Returns the document's title or headline.
   *
   * @return the title, 1 to 1,000 characters without surrounding white space
   */
  public abstract String title();

  /**
   * Returns who published the document, if known.
   *
   * @return the publisher, 1 to 1,000 characters without surrounding white space, or empty if not
   *     known
   */
  public abstract Optional<String> publisher();

  /**
   * Returns when the document was published, if known.
   *
   * @return the publication date at its known precision, or empty if not known
   */
  public abstract Optional<PartialDate> published();

  /**
   * Returns the document's address, if it has one.
   *
   * @return an absolute {@code http} or {@code https} URI of at most 2,000 characters, or empty if
   *     none is known
   */
  public abstract Optional<String> url();

  /**
   * Returns the language the document is written in, if known.
   *
   * @return the language, or empty if not known
   */
  public abstract Optional<LanguageTag> language();

  /**
   * Returns how many paragraphs the document has, if counted.
   *
   * @return the number of paragraphs, at least 1, or empty if not counted
   */
  public abstract OptionalInt paragraphCount();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    checks.required(id(), "id");
    if (checks.required(title(), "title")) {
      checks.text(title(), "title", Name.MAX_LENGTH);
    }
    publisher().ifPresent(p -> checks.text(p, "publisher", Name.MAX_LENGTH));
    url().ifPresent(u -> checkUrl(checks, u));
    // Messages are built only for a violation: this runs for every value read.
    if (paragraphCount().isPresent() && paragraphCount().getAsInt() < 1) {
      checks.add("paragraphCount", ViolationCode.OUT_OF_RANGE, "must be at least 1, was " + paragraphCount().getAsInt());
    }
    checks.throwIfAny();
  }

  private static void checkUrl(Checks checks, String url) {
    if (!checks.text(url, "url", 2_000)) {
      return;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (!(uri.isAbsolute() && ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null)) {
        checks.add("url", ViolationCode.INVALID_FORMAT, "must be an absolute http or https URI, was '" + Checks.abbreviate(url) + "'");
      }
    } catch (URISyntaxException e) {
      checks.add("url", ViolationCode.INVALID_FORMAT, "is not a valid URI: " + e.getReason());
    }
  }

  /** Builds a {@link SourceDocument}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableSourceDocument.Builder {
    Builder() {}
  }
}
