package org.statecraft.test;

import org.jspecify.annotations.Nullable;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Official;
import org.statecraft.core.Organization;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.Visit;

/**
 * The entry point to the Statecraft assertions: one {@code assertThat} per model type.
 *
 * <p>Import it statically, beside AssertJ's own {@code Assertions.assertThat}; the more specific
 * overload wins, so both can be used in the same test:
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 * import static org.statecraft.test.StatecraftAssertions.assertThat;
 *
 * assertThat(dossier).visit(EventId.of("shoigu-visits-kabul"))
 *     .hasVisitor(OfficialId.of("sergei-shoigu"))
 *     .tookPlaceIn("Kabul")
 *     .tookPlaceOn("2024-11-25");
 * assertThat(dossier.events()).isNotEmpty();   // AssertJ's own
 * }</pre>
 *
 * <p>Failure messages say what was expected and what was found, in the model's words. This class
 * has no state; it cannot be instantiated.
 */
public final class StatecraftAssertions {

  private StatecraftAssertions() {}

  /**
   * Creates assertions for a dossier.
   *
   * @param actual the dossier under test; {@code null} fails every check
   * @return the assertion
   */
  public static DossierAssert assertThat(@Nullable Dossier actual) {
    return new DossierAssert(actual);
  }

  /**
   * Creates assertions for an event of any type.
   *
   * @param actual the event under test; {@code null} fails every check
   * @return the assertion
   */
  public static EventAssert assertThat(@Nullable Event actual) {
    return new EventAssert(actual);
  }

  /**
   * Creates assertions for a visit.
   *
   * @param actual the visit under test; {@code null} fails every check
   * @return the assertion
   */
  public static VisitAssert assertThat(@Nullable Visit actual) {
    return new VisitAssert(actual);
  }

  /**
   * Creates assertions for a statement.
   *
   * @param actual the statement under test; {@code null} fails every check
   * @return the assertion
   */
  public static StatementAssert assertThat(@Nullable Statement actual) {
    return new StatementAssert(actual);
  }

  /**
   * Creates assertions for a sanction.
   *
   * @param actual the sanction under test; {@code null} fails every check
   * @return the assertion
   */
  public static SanctionAssert assertThat(@Nullable Sanction actual) {
    return new SanctionAssert(actual);
  }

  /**
   * Creates assertions for a designation change.
   *
   * @param actual the designation change under test; {@code null} fails every check
   * @return the assertion
   */
  public static DesignationChangeAssert assertThat(@Nullable DesignationChange actual) {
    return new DesignationChangeAssert(actual);
  }

  /**
   * Creates assertions for an official.
   *
   * @param actual the official under test; {@code null} fails every check
   * @return the assertion
   */
  public static OfficialAssert assertThat(@Nullable Official actual) {
    return new OfficialAssert(actual);
  }

  /**
   * Creates assertions for an organization.
   *
   * @param actual the organization under test; {@code null} fails every check
   * @return the assertion
   */
  public static OrganizationAssert assertThat(@Nullable Organization actual) {
    return new OrganizationAssert(actual);
  }

  /**
   * Creates assertions for a partial date.
   *
   * @param actual the date under test; {@code null} fails every check
   * @return the assertion
   */
  public static PartialDateAssert assertThat(@Nullable PartialDate actual) {
    return new PartialDateAssert(actual);
  }

  /**
   * Creates assertions for a date interval.
   *
   * @param actual the interval under test; {@code null} fails every check
   * @return the assertion
   */
  public static DateIntervalAssert assertThat(@Nullable DateInterval actual) {
    return new DateIntervalAssert(actual);
  }
}
