package org.statecraft.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a fact comes from and how it is known: the {@link SourceDocument source} (by
 * {@link SourceId}), the paragraph within it, and the {@link Basis}: stated directly, reported by
 * someone, or assessed by someone.
 *
 * <p>Paragraphs count from 1. A {@link Basis#REPORTED reported} or {@link Basis#ASSESSED assessed}
 * fact names who reported or assessed it ({@link #attributedTo()}); a {@link Basis#STATED stated}
 * fact names nobody. The paragraph may be absent. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provenance {

  Provenance() {}

  /**
   * Returns the source document.
   *
   * @return the source's id; a dossier checks that it names one of its sources
   */
  public abstract SourceId source();

  /**
   * Returns the paragraph of the source the fact is in, counting from 1, if known.
   *
   * @return the paragraph, at least 1, or empty if not known
   */
  public abstract OptionalInt paragraph();

  /**
   * Returns how the fact is known.
   *
   * @return the basis, such as {@link Basis#STATED}
   */
  public abstract Basis basis();

  /**
   * Returns who reported or assessed the fact: present for {@link Basis#REPORTED} and
   * {@link Basis#ASSESSED}, absent for {@link Basis#STATED}.
   *
   * @return the reporter or assessor, or empty for a stated fact
   */
  public abstract Optional<ActorRef> attributedTo();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the provenance of a fact the source states directly.
   *
   * @param source the source document
   * @param paragraph the paragraph, from 1
   * @return the provenance
   * @throws ValidationException naming {@code paragraph} if it is below 1
   */
  public static Provenance stated(SourceId source, int paragraph) {
    return builder().source(source).paragraph(paragraph).basis(Basis.STATED).build();
  }

  /**
   * Returns the provenance of a fact the source reports someone else said.
   *
   * @param source the source document
   * @param paragraph the paragraph, from 1
   * @param reportedBy who reported it, such as Russian media
   * @return the provenance
   * @throws ValidationException naming {@code paragraph} if it is below 1
   */
  public static Provenance reported(SourceId source, int paragraph, ActorRef reportedBy) {
    return builder().source(source).paragraph(paragraph).basis(Basis.REPORTED).attributedTo(reportedBy).build();
  }

  /**
   * Returns the provenance of someone's assessment.
   *
   * @param source the source document
   * @param paragraph the paragraph, from 1
   * @param assessedBy whose assessment it is, such as analysts
   * @return the provenance
   * @throws ValidationException naming {@code paragraph} if it is below 1
   */
  public static Provenance assessed(SourceId source, int paragraph, ActorRef assessedBy) {
    return builder().source(source).paragraph(paragraph).basis(Basis.ASSESSED).attributedTo(assessedBy).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    checks.required(source(), "source");
    // Messages are built only for a violation: this runs for every value read.
    if (paragraph().isPresent() && paragraph().getAsInt() < 1) {
      checks.add("paragraph", ViolationCode.OUT_OF_RANGE, "must be at least 1, was " + paragraph().getAsInt());
    }
    if (!checks.required(basis(), "basis")) {
      // nothing more to say about attributedTo without a basis
    } else if (basis() == Basis.STATED) {
      checks.check(attributedTo().isEmpty(), "attributedTo", ViolationCode.INCONSISTENT,
          "must be absent when the basis is STATED; use REPORTED or ASSESSED to attribute a fact");
    } else {
      if (attributedTo().isEmpty()) {
        checks.add("attributedTo", ViolationCode.REQUIRED,
            "is required when the basis is " + basis() + ": say who reported or assessed it");
      }
    }
    checks.throwIfAny();
  }

  /** Builds a {@link Provenance}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
