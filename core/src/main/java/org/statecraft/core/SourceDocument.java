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

  /** Returns the document's identifier. */
  public abstract SourceId id();

  /** Returns the document's title or headline. */
  public abstract String title();

  /** Returns who published the document, if known. */
  public abstract Optional<String> publisher();

  /** Returns when the document was published, if known. */
  public abstract Optional<PartialDate> published();

  /** Returns the document's address, if it has one. */
  public abstract Optional<String> url();

  /** Returns the language the document is written in, if known. */
  public abstract Optional<LanguageTag> language();

  /** Returns how many paragraphs the document has, if counted. */
  public abstract OptionalInt paragraphCount();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    checks.text(title(), "title", Name.MAX_LENGTH);
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
