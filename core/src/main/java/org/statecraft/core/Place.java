package org.statecraft.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened: a name, the {@link CountryCode country}, and optionally
 * {@link Coordinates} and a gazetteer identifier (such as a GeoNames id).
 *
 * <p>The name is 1 to 1,000 characters; coordinates and gazetteer id may be absent. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Place {

  Place() {}

  /**
   * Returns the place's name, such as {@code Kabul}.
   *
   * @return the name, 1 to 1,000 characters without surrounding white space
   */
  public abstract String name();

  /**
   * Returns the country the place lies in.
   *
   * @return the country; never absent
   */
  public abstract CountryCode country();

  /**
   * Returns the place's coordinates, if known.
   *
   * @return the coordinates, or empty if not known
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Returns the place's identifier in a gazetteer such as GeoNames, if known.
   *
   * @return the gazetteer identifier, or empty if not known
   */
  public abstract Optional<ExternalId> gazetteerId();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a place with only a name and a country.
   *
   * @param name the place's name
   * @param country the country
   * @return the place
   * @throws ValidationException naming {@code name} if blank or too long
   */
  public static Place of(String name, CountryCode country) {
    return builder().name(name).country(country).build();
  }

  @Value.Check
  final void check() {
    Checks checks = new Checks();
    if (checks.required(name(), "name")) {
      checks.text(name(), "name", Name.MAX_LENGTH);
    }
    checks.required(country(), "country");
    checks.throwIfAny();
  }

  /** Builds a {@link Place}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
