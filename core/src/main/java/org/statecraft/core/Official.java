package org.statecraft.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * A named person who acts for a state or organization: names, nationalities, {@link Position
 * positions} held over time, external identifiers and provenance.
 *
 * <p>Names hold exactly one {@link NameKind#PRIMARY primary} name and no name twice; nationalities,
 * external identifiers, positions and provenance hold no element twice. Lists may be empty but are never null. That
 * every position's organization resolves is checked by the {@link Dossier}. This type is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Official {

  Official() {}

  /**
   * Returns the official's identifier.
   *
   * @return the identifier; within a dossier, shared by no other official or organization
   */
  public abstract OfficialId id();

  /**
   * Returns every name, exactly one of them primary.
   *
   * @return the names in the order given, at least one, exactly one of kind
   *     {@link NameKind#PRIMARY}, none twice
   */
  public abstract List<Name> names();

  /**
   * Returns the countries the official is a national of, if known.
   *
   * @return the nationalities, none twice; empty if not known
   */
  public abstract List<CountryCode> nationalities();

  /**
   * Returns the posts held or once held.
   *
   * @return the positions, none twice; may be empty
   */
  public abstract List<Position> positions();

  /**
   * Returns identifiers in outside registers, such as Wikidata or the UN sanctions list.
   *
   * @return the external identifiers, none twice; may be empty
   */
  public abstract List<ExternalId> externalIds();

  /**
   * Returns where the facts about this official come from.
   *
   * @return the sources of these facts, none twice; may be empty
   */
  public abstract List<Provenance> provenance();

  /**
   * Returns the text of the primary name.
   *
   * @return the text of the one name of kind {@link NameKind#PRIMARY}, such as
   *     {@code Sergei Shoigu}
   */
  public final String primaryName() {
    return Names.primary(names());
  }

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
    Names.check(checks, names(), "names");
    checks.distinctElements(nationalities(), "nationalities");
    checks.distinctElements(positions(), "positions");
    checks.distinctElements(externalIds(), "externalIds");
    checks.distinctElements(provenance(), "provenance");
    checks.throwIfAny();
  }

  /** Builds an {@link Official}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableOfficial.Builder {
    Builder() {}
  }
}
