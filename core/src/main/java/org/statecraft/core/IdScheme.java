package org.statecraft.core;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The register an {@link ExternalId} belongs to, named by a slug such as {@code wikidata}.
 *
 * <p>The well-known schemes are constants here, and their identifiers are checked for form:
 * <ul>
 *   <li>{@link #WIKIDATA}: {@code Q} followed by digits, such as {@code Q313326};</li>
 *   <li>{@link #UN_SANCTIONS}: a UN Security Council consolidated list reference, two or three
 *       letters, {@code i} or {@code e} for individuals or entities, a dot and three digits, such
 *       as {@code TAi.024};</li>
 *   <li>{@link #OFAC}: an OFAC SDN entry number, digits only;</li>
 *   <li>{@link #OPENSANCTIONS}: an OpenSanctions entity id: letters, digits, dots, hyphens and
 *       underscores, starting with a letter or digit;</li>
 *   <li>{@link #GEONAMES}: a GeoNames feature id, digits only.</li>
 * </ul>
 * Any other slug names a scheme whose identifiers are only checked to be non-blank. This record is
 * immutable and thread-safe.
 *
 * @param name the scheme's slug
 */
public record IdScheme(String name) {

  /** Wikidata items ({@code Q313326}). */
  public static final IdScheme WIKIDATA = new IdScheme("wikidata");
  /** UN Security Council consolidated sanctions list references ({@code TAi.024}). */
  public static final IdScheme UN_SANCTIONS = new IdScheme("un-sanctions");
  /** OFAC Specially Designated Nationals entry numbers ({@code 6911}). */
  public static final IdScheme OFAC = new IdScheme("ofac");
  /** OpenSanctions entity ids ({@code q313326} or {@code NK-...} style slugs). */
  public static final IdScheme OPENSANCTIONS = new IdScheme("opensanctions");
  /** GeoNames feature ids ({@code 1138958}). */
  public static final IdScheme GEONAMES = new IdScheme("geonames");

  private static final Map<String, Pattern> FORMS = Map.of(
      "wikidata", Pattern.compile("Q[1-9][0-9]{0,11}"),
      "un-sanctions", Pattern.compile("[A-Z]{2,3}[ie]\\.[0-9]{3}"),
      "ofac", Pattern.compile("[1-9][0-9]{0,9}"),
      "opensanctions", Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}"),
      "geonames", Pattern.compile("[1-9][0-9]{0,11}"));

  private static final Map<String, String> EXAMPLES = Map.of(
      "wikidata", "'Q' and digits, such as 'Q313326'",
      "un-sanctions", "a UN list reference such as 'TAi.024'",
      "ofac", "an SDN entry number (digits)",
      "opensanctions", "an OpenSanctions id (letters, digits, '.', '-', '_')",
      "geonames", "a GeoNames id (digits)");

  /**
   * Creates a scheme, checking that its name is a slug.
   *
   * @param name the scheme's slug, such as {@code wikidata}; any slug is accepted
   * @throws ValidationException if {@code name} is not a slug
   */
  public IdScheme {
    Ids.slug(name, "identifier scheme");
  }

  /**
   * Returns the scheme with the given name; for a well-known name, the result equals the constant.
   *
   * @param name the scheme's slug
   * @return the scheme
   * @throws ValidationException if {@code name} is not a slug
   */
  public static IdScheme of(String name) {
    return new IdScheme(name);
  }

  /**
   * Tells whether identifiers of this scheme are checked for form.
   *
   * @return true for the well-known schemes
   */
  public boolean isWellKnown() {
    return FORMS.containsKey(name);
  }

  /** The form identifiers of this scheme must have, if it is well known. */
  Optional<Pattern> form() {
    return Optional.ofNullable(FORMS.get(name));
  }

  String formDescription() {
    return EXAMPLES.getOrDefault(name, "a non-blank identifier");
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
