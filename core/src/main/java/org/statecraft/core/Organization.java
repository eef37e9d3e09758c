package org.statecraft.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state, government, body, group or outlet that acts in events: its names, {@link
 * OrganizationKind kind}, country, parent organization, external identifiers and provenance.
 *
 * <p>Names hold exactly one {@link NameKind#PRIMARY primary} name; no list holds an element twice. The country
 * and the parent may be absent; lists may be empty but are never null. An organization is not its
 * own parent; that parents resolve and form no cycle is checked by the {@link Dossier}. This type
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /**
   * Returns the organization's identifier.
   *
   * @return the identifier; within a dossier, shared by no other organization or official
   */
  public abstract OrganizationId id();

  /**
   * Returns every name, exactly one of them primary.
   *
   * @return the names in the order given, at least one, exactly one of kind
   *     {@link NameKind#PRIMARY}, none twice
   */
  public abstract List<Name> names();

  /**
   * Returns what sort of body this is.
   *
   * @return the kind, such as {@link OrganizationKind#MINISTRY}
   */
  public abstract OrganizationKind kind();

  /**
   * Returns the country the organization belongs to, if any.
   *
   * @return the country, or empty if the organization belongs to none or it is not known
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the organization this one is part of, if any.
   *
   * @return the parent's id, or empty if none; never this organization's own id
   */
  public abstract Optional<OrganizationId> parent();

  /**
   * Returns identifiers in outside registers, such as Wikidata.
   *
   * @return the external identifiers, none twice; may be empty
   */
  public abstract List<ExternalId> externalIds();

  /**
   * Returns where the facts about this organization come from.
   *
   * @return the sources of these facts, none twice; may be empty
   */
  public abstract List<Provenance> provenance();

  /**
   * Returns the text of the primary name.
   *
   * @return the text of the one name of kind {@link NameKind#PRIMARY}, such as
   *     {@code Taliban}
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
    checks.required(kind(), "kind");
    checks.distinctElements(externalIds(), "externalIds");
    checks.distinctElements(provenance(), "provenance");
    if (parent().isPresent() && parent().get().equals(id())) {
      checks.add("parent", ViolationCode.CYCLE, "an organization cannot be its own parent");
    }
    checks.throwIfAny();
  }

  /** Builds an {@link Organization}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
