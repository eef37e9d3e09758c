package org.statecraft.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.statecraft.core.Basis;
import org.statecraft.core.Coordinates;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.EventId;
import org.statecraft.core.ExternalId;
import org.statecraft.core.IdScheme;
import org.statecraft.core.LanguageTag;
import org.statecraft.core.Name;
import org.statecraft.core.NameKind;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.OrganizationKind;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Place;
import org.statecraft.core.Position;
import org.statecraft.core.PositionStatus;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.Script;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.SourceId;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/**
 * The hand-built dossier the bad-input corpus mutates: small, but with every kind of field the
 * wire format has (every event type, every optional attribute present, open and closed
 * intervals, partial and approximate dates, unnamed groups, reported and assessed provenance,
 * external identifiers of known and unknown schemes). Its JSON form, written by the real writer,
 * is checked in as {@code reliability-dossier.json} beside this class.
 */
final class ReliabilityFixture {

  static final SourceId REPORT = SourceId.of("report");
  static final SourceId REGISTRY = SourceId.of("registry");
  static final OfficialId ENVOY = OfficialId.of("envoy");
  static final OfficialId MINISTER = OfficialId.of("minister");
  static final OrganizationId NORTHLAND = OrganizationId.of("northland");
  static final OrganizationId COUNCIL = OrganizationId.of("security-council");
  static final OrganizationId MOVEMENT = OrganizationId.of("movement");
  static final OrganizationId WIRE = OrganizationId.of("wire-agency");
  static final EventId VISIT = EventId.of("envoy-visits");
  static final EventId REQUEST = EventId.of("movement-asks");
  static final EventId ANSWER = EventId.of("envoy-answers");
  static final EventId SANCTION = EventId.of("sanction");
  static final EventId DELISTING = EventId.of("delisting");

  /** The classpath resource, beside this class, holding {@link #dossier()} as the writer writes it (pretty). */
  static final String RESOURCE = "reliability-dossier.json";

  private ReliabilityFixture() {}

  /** Returns the checked-in JSON form of {@link #dossier()}. */
  static String json() {
    try (InputStream in = ReliabilityFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dossier dossier() {
    return Dossier.builder()
        .source(SourceDocument.builder()
            .id(REPORT)
            .title("Envoy visits the capital")
            .publisher("Wire Agency")
            .published(PartialDate.parse("2024-11-25"))
            .url("https://example.org/report")
            .language(LanguageTag.of("en"))
            .paragraphCount(6)
            .build())
        .addOtherSources(SourceDocument.builder().id(REGISTRY).title("Registry entry").build())
        .addOfficials(Official.builder()
            .id(ENVOY)
            .addNames(Name.primary("Ivan Envoy"))
            .addNames(Name.builder().text("Иван Посол").kind(NameKind.TRANSLITERATION)
                .language(LanguageTag.of("ru")).script(Script.CYRILLIC).build())
            .addNationalities(CountryCode.of("RU"))
            .addPositions(Position.builder()
                .title("Secretary")
                .organization(COUNCIL)
                .term(DateInterval.from(PartialDate.parse("2024-05")))
                .status(PositionStatus.CURRENT)
                .addProvenance(Provenance.stated(REPORT, 1))
                .build())
            .addExternalIds(ExternalId.wikidata("Q313326"))
            .addProvenance(Provenance.stated(REPORT, 2))
            .build())
        .addOfficials(Official.builder()
            .id(MINISTER)
            .addNames(Name.primary("Abdul Minister"))
            .addNationalities(CountryCode.of("AF"))
            .addPositions(Position.builder()
                .title("Deputy Prime Minister")
                .organization(MOVEMENT)
                .status(PositionStatus.CURRENT)
                .build())
            .build())
        .addOrganizations(Organization.builder()
            .id(NORTHLAND).addNames(Name.primary("Northland")).kind(OrganizationKind.STATE)
            .country(CountryCode.of("RU")).build())
        .addOrganizations(Organization.builder()
            .id(COUNCIL).addNames(Name.primary("Security Council")).kind(OrganizationKind.GOVERNMENT_BODY)
            .country(CountryCode.of("RU")).parent(NORTHLAND).build())
        .addOrganizations(Organization.builder()
            .id(MOVEMENT).addNames(Name.primary("The Movement"))
            .addNames(Name.of(NameKind.ALIAS, "Movement"))
            .kind(OrganizationKind.POLITICAL_MOVEMENT).country(CountryCode.of("AF"))
            .addExternalIds(ExternalId.unSanctions("TAe.010"), ExternalId.of(IdScheme.of("local-register"), "M 17"))
            .addProvenance(Provenance.stated(REPORT, 3))
            .build())
        .addOrganizations(Organization.builder()
            .id(WIRE).addNames(Name.primary("Wire Agency")).kind(OrganizationKind.MEDIA).build())
        .addEvents(Visit.builder()
            .id(VISIT)
            .when(DateInterval.on(PartialDate.parse("2024-11-25")))
            .place(Place.builder().name("Capital").country(CountryCode.of("AF"))
                .coordinates(Coordinates.of(34.5253, 69.1783))
                .gazetteerId(ExternalId.of(IdScheme.GEONAMES, "1138958")).build())
            .addVisitors(ENVOY)
            .addHosts(MOVEMENT, MINISTER)
            .purpose("to discuss peace")
            .addTopics("stability", "trade")
            .addProvenance(Provenance.stated(REPORT, 2))
            .build())
        .addEvents(Statement.builder()
            .id(REQUEST)
            .when(DateInterval.on(PartialDate.parse("2024-11-25")))
            .speaker(UnnamedGroup.of("movement officials", MOVEMENT))
            .kind(StatementKind.REQUEST)
            .summary("Asked for support against the asset freeze.")
            .addAddressees(NORTHLAND)
            .addSubjects(NORTHLAND)
            .occasion(VISIT)
            .addProvenance(Provenance.stated(REPORT, 3))
            .build())
        .addEvents(Statement.builder()
            .id(ANSWER)
            .when(DateInterval.on(PartialDate.parse("2024-11-25")))
            .place(Place.of("Capital", CountryCode.of("AF")))
            .speaker(ENVOY)
            .kind(StatementKind.ANNOUNCEMENT)
            .summary("Announced plans to delist the movement.")
            .addSubjects(MOVEMENT)
            .occasion(VISIT)
            .respondsTo(REQUEST)
            .addProvenance(Provenance.reported(REPORT, 5, WIRE))
            .addProvenance(Provenance.builder().source(REGISTRY).basis(Basis.ASSESSED)
                .attributedTo(UnnamedGroup.of("analysts")).build())
            .build())
        .addEvents(Sanction.builder()
            .id(SANCTION)
            .when(DateInterval.of(PartialDate.parse("1999~"), PartialDate.parse("2025-06")))
            .authority(NORTHLAND)
            .addTargets(MOVEMENT, MINISTER)
            .addMeasures(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN)
            .program("Regional programme")
            .legalBasis("Resolution 1267")
            .status(SanctionStatus.IN_FORCE)
            .addProvenance(Provenance.stated(REPORT, 3))
            .build())
        .addEvents(DesignationChange.builder()
            .id(DELISTING)
            .authority(NORTHLAND)
            .listName("List of banned organizations")
            .subject(MOVEMENT)
            .action(DesignationAction.DELISTING)
            .addStages(DesignationStep.builder().stage(DesignationStage.PROPOSED)
                .when(DateInterval.until(PartialDate.parse("2024-11"))).build())
            .addStages(DesignationStep.builder().stage(DesignationStage.ANNOUNCED)
                .when(DateInterval.on(PartialDate.parse("2024-11-25"))).announcedBy(ANSWER)
                .addProvenance(Provenance.reported(REPORT, 5, WIRE)).build())
            .addProvenance(Provenance.reported(REPORT, 5, WIRE))
            .build())
        .build();
  }
}
