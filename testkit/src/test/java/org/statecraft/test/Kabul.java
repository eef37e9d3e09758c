package org.statecraft.test;

import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.EventId;
import org.statecraft.core.Name;
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
import org.statecraft.core.SourceDocument;
import org.statecraft.core.SourceId;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.Visit;

/** A small dossier in the shape of the Kabul document, built in code for the assertion tests. */
final class Kabul {

  static final SourceId REPORT = SourceId.of("kabul-report");

  static final OfficialId SHOIGU = OfficialId.of("sergei-shoigu");
  static final OfficialId BARADAR = OfficialId.of("abdul-ghani-baradar");

  static final OrganizationId RUSSIA = OrganizationId.of("russia");
  static final OrganizationId SECURITY_COUNCIL = OrganizationId.of("russian-security-council");
  static final OrganizationId TALIBAN = OrganizationId.of("taliban");
  static final OrganizationId UNITED_STATES = OrganizationId.of("united-states");

  static final UnnamedGroup TALIBAN_OFFICIALS = UnnamedGroup.of("Taliban officials", TALIBAN);
  static final UnnamedGroup RUSSIAN_MEDIA = UnnamedGroup.of("Russian media", RUSSIA);

  static final EventId VISIT = EventId.of("shoigu-visits-kabul");
  static final EventId HELP_OFFER = EventId.of("shoigu-offers-help");
  static final EventId SUPPORT_REQUEST = EventId.of("taliban-ask-support");
  static final EventId DIALOGUE_OFFER = EventId.of("shoigu-offers-dialogue");
  static final EventId DELISTING_ANNOUNCEMENT = EventId.of("shoigu-announces-delisting");
  static final EventId US_SANCTIONS = EventId.of("us-sanctions-taliban");
  static final EventId DELISTING = EventId.of("taliban-delisting");

  static final String SECRETARY = "Secretary of the Security Council";

  private Kabul() {}

  static Official shoigu() {
    return Official.builder().id(SHOIGU)
        .addName(Name.primary("Sergei Shoigu"))
        .addNationality(CountryCode.of("RU"))
        .addPosition(Position.builder().title(SECRETARY).organization(SECURITY_COUNCIL)
            .term(DateInterval.from(PartialDate.parse("2024-05"))).status(PositionStatus.CURRENT).build())
        .addPosition(Position.builder().title("Minister of Defence").organization(RUSSIA)
            .term(DateInterval.of(PartialDate.parse("2012-11"), PartialDate.parse("2024-05")))
            .status(PositionStatus.FORMER).build())
        .build();
  }

  static Official baradar() {
    return Official.builder().id(BARADAR).addName(Name.primary("Abdul Ghani Baradar")).build();
  }

  static Organization russia() {
    return Organization.builder().id(RUSSIA).addName(Name.primary("Russia")).kind(OrganizationKind.STATE)
        .country(CountryCode.of("RU")).build();
  }

  static Organization securityCouncil() {
    return Organization.builder().id(SECURITY_COUNCIL).addName(Name.primary("Security Council of Russia"))
        .kind(OrganizationKind.GOVERNMENT_BODY).country(CountryCode.of("RU")).parent(RUSSIA).build();
  }

  static Organization taliban() {
    return Organization.builder().id(TALIBAN).addName(Name.primary("Taliban"))
        .kind(OrganizationKind.POLITICAL_MOVEMENT).country(CountryCode.of("AF")).build();
  }

  static Organization unitedStates() {
    return Organization.builder().id(UNITED_STATES).addName(Name.primary("United States"))
        .kind(OrganizationKind.STATE).country(CountryCode.of("US")).build();
  }

  static Visit visit() {
    return Visit.builder().id(VISIT)
        .when(DateInterval.on(PartialDate.parse("2024-11-25")))
        .place(Place.of("Kabul", CountryCode.of("AF")))
        .addVisitor(SHOIGU)
        .addHost(TALIBAN)
        .purpose("to discuss peace with Taliban leaders")
        .addProvenance(Provenance.stated(REPORT, 2))
        .build();
  }

  static Statement helpOffer() {
    return Statement.builder().id(HELP_OFFER)
        .when(DateInterval.on(PartialDate.parse("2024-11-25")))
        .speaker(SHOIGU).kind(StatementKind.OFFER)
        .summary("Moscow is willing to help achieve lasting stability in the region.")
        .occasion(VISIT)
        .addProvenance(Provenance.stated(REPORT, 2))
        .build();
  }

  static Statement supportRequest() {
    return Statement.builder().id(SUPPORT_REQUEST)
        .when(DateInterval.on(PartialDate.parse("2024-11-25")))
        .speaker(TALIBAN_OFFICIALS).kind(StatementKind.REQUEST)
        .summary("Taliban officials asked for Russia's support against the sanctions.")
        .addAddressee(RUSSIA)
        .addSubject(UNITED_STATES)
        .occasion(VISIT)
        .addProvenance(Provenance.stated(REPORT, 3))
        .build();
  }

  static Statement dialogueOffer() {
    return Statement.builder().id(DIALOGUE_OFFER)
        .when(DateInterval.on(PartialDate.parse("2024-11-25")))
        .speaker(SHOIGU).kind(StatementKind.OFFER)
        .summary("Russia is ready for constructive political dialogue.")
        .occasion(VISIT)
        .respondsTo(SUPPORT_REQUEST)
        .addProvenance(Provenance.stated(REPORT, 3))
        .build();
  }

  static Statement delistingAnnouncement() {
    return Statement.builder().id(DELISTING_ANNOUNCEMENT)
        .when(DateInterval.on(PartialDate.parse("2024-11-25")))
        .speaker(SHOIGU).kind(StatementKind.ANNOUNCEMENT)
        .summary("Plans to remove the Taliban from Russia's list of banned organizations.")
        .addSubject(TALIBAN)
        .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
        .build();
  }

  static Sanction usSanctions() {
    return Sanction.builder().id(US_SANCTIONS)
        .when(DateInterval.from(PartialDate.parse("2021-08")))
        .authority(UNITED_STATES)
        .addTarget(TALIBAN)
        .addMeasures(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN)
        .status(SanctionStatus.IN_FORCE)
        .addProvenance(Provenance.stated(REPORT, 3))
        .build();
  }

  static DesignationChange delisting() {
    return DesignationChange.builder().id(DELISTING)
        .authority(RUSSIA)
        .listName("list of organizations banned in Russia")
        .subject(TALIBAN)
        .action(DesignationAction.DELISTING)
        .addStage(DesignationStep.builder().stage(DesignationStage.ANNOUNCED)
            .when(DateInterval.on(PartialDate.parse("2024-11-25")))
            .announcedBy(DELISTING_ANNOUNCEMENT)
            .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
            .build())
        .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
        .build();
  }

  static Dossier dossier() {
    return Dossier.builder()
        .source(SourceDocument.builder().id(REPORT).title("Senior Russian Official Visits Kabul").paragraphCount(6).build())
        .addOfficials(shoigu(), baradar())
        .addOrganizations(russia(), securityCouncil(), taliban(), unitedStates())
        .addEvents(visit(), helpOffer(), supportRequest(), dialogueOffer(), delistingAnnouncement(), usSanctions(), delisting())
        .build();
  }
}
