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

  /** Returns the organization's identifier. */
  public abstract OrganizationId id();

  /** Returns every name, exactly one of them primary. */
  public abstract List<Name> names();

  /** Returns what sort of body this is. */
  public abstract OrganizationKind kind();

  /** Returns the country the organization belongs to, if any. */
  public abstract Optional<CountryCode> country();

  /** Returns the organization this one is part of, if any. */
  public abstract Optional<OrganizationId> parent();

  /** Returns identifiers in outside registers, such as Wikidata. */
  public abstract List<ExternalId> externalIds();

  /** Returns where the facts about this organization come from. */
  public abstract List<Provenance> provenance();

  /** Returns the text of the primary name. */
  public final String primaryName() {
    return Names.primary(names());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    Names.check(checks, names(), "names");
    checks.distinct(externalIds(), "externalIds");
    checks.distinct(provenance(), "provenance");
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
