package org.statecraft.jackson;

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

/** A small dossier in the spirit of the Kabul document that uses every type and every optional field. */
final class Samples {

  static final SourceId REPORT = SourceId.of("kabul-visit-report");
  static final SourceId UN_LIST = SourceId.of("un-consolidated-list");
  static final OfficialId SHOIGU = OfficialId.of("sergei-shoigu");
  static final OfficialId BARADAR = OfficialId.of("abdul-ghani-baradar");
  static final OrganizationId RUSSIA = OrganizationId.of("russia");
  static final OrganizationId SECURITY_COUNCIL = OrganizationId.of("russian-security-council");
  static final OrganizationId TALIBAN = OrganizationId.of("taliban");
  static final OrganizationId US = OrganizationId.of("united-states");
  static final UnnamedGroup RUSSIAN_MEDIA = UnnamedGroup.of("Russian media", RUSSIA);

  private Samples() {}

  static Provenance stated(int paragraph) {
    return Provenance.stated(REPORT, paragraph);
  }

  static Place kabul() {
    return Place.builder()
        .name("Kabul")
        .country(CountryCode.of("AF"))
        .coordinates(Coordinates.of(34.5553, 69.2075))
        .gazetteerId(ExternalId.of(org.statecraft.core.IdScheme.GEONAMES, "1138958"))
        .build();
  }

  static Visit visit() {
    return Visit.builder()
        .id(EventId.of("shoigu-visits-kabul"))
        .when(DateInterval.on(PartialDate.ofDay(2024, 11, 25)))
        .place(kabul())
        .addVisitor(SHOIGU)
        .addHost(UnnamedGroup.of("Taliban leaders", TALIBAN))
        .purpose("Talks on peace with Taliban leaders")
        .addTopic("peace")
        .addTopic("regional stability")
        .addProvenance(stated(2))
        .build();
  }

  static Statement request() {
    return Statement.builder()
        .id(EventId.of("taliban-ask-support"))
        .when(DateInterval.on(PartialDate.ofDay(2024, 11, 25)))
        .place(Place.of("Kabul", CountryCode.of("AF")))
        .speaker(UnnamedGroup.of("Taliban officials", TALIBAN))
        .kind(StatementKind.REQUEST)
        .summary("Asked for Russia's support against the asset freeze and the travel bans on their leaders.")
        .addAddressee(RUSSIA)
        .addSubject(US)
        .occasion(EventId.of("shoigu-visits-kabul"))
        .addProvenance(stated(3))
        .build();
  }

  static Statement answer() {
    return Statement.builder()
        .id(EventId.of("shoigu-offers-dialogue"))
        .when(DateInterval.on(PartialDate.ofDay(2024, 11, 25)))
        .speaker(SHOIGU)
        .kind(StatementKind.OFFER)
        .summary("Russia is ready for constructive political dialogue to foster intra-Afghan reconciliation.")
        .occasion(EventId.of("shoigu-visits-kabul"))
        .respondsTo(EventId.of("taliban-ask-support"))
        .addProvenance(stated(3))
        .build();
  }

  static Sanction sanction() {
    return Sanction.builder()
        .id(EventId.of("us-sanctions-on-taliban"))
        .when(DateInterval.until(PartialDate.ofDay(2024, 11, 25)))
        .authority(US)
        .addTarget(TALIBAN)
        .addMeasure(SanctionMeasure.ASSET_FREEZE)
        .addMeasure(SanctionMeasure.TRAVEL_BAN)
        .program("Taliban-related sanctions")
        .legalBasis("Executive Order 13224")
        .status(SanctionStatus.IN_FORCE)
        .addProvenance(stated(3))
        .build();
  }

  static Statement announcement() {
    return Statement.builder()
        .id(EventId.of("shoigu-announces-delisting-plan"))
        .when(DateInterval.on(PartialDate.ofDay(2024, 11, 25)))
        .speaker(SHOIGU)
        .kind(StatementKind.ANNOUNCEMENT)
        .summary("Plans to remove the Taliban from Russia's list of banned organizations.")
        .addSubject(TALIBAN)
        .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
        .build();
  }

  static DesignationChange delisting() {
    return DesignationChange.builder()
        .id(EventId.of("taliban-delisting"))
        .when(DateInterval.on(PartialDate.ofDay(2024, 11, 25)))
        .authority(RUSSIA)
        .listName("list of organizations banned in Russia")
        .subject(TALIBAN)
        .action(DesignationAction.DELISTING)
        .addStage(DesignationStep.builder()
            .stage(DesignationStage.PROPOSED)
            .when(DateInterval.until(PartialDate.ofMonth(2024, 11).approximately()))
            .addProvenance(stated(5))
            .build())
        .addStage(DesignationStep.builder()
            .stage(DesignationStage.ANNOUNCED)
            .when(DateInterval.on(PartialDate.ofDay(2024, 11, 25)))
            .announcedBy(EventId.of("shoigu-announces-delisting-plan"))
            .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
            .build())
        .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
        .build();
  }

  static Official shoigu() {
    return Official.builder()
        .id(SHOIGU)
        .addName(Name.builder().text("Sergei Shoigu").kind(NameKind.PRIMARY)
            .language(LanguageTag.of("en")).script(Script.LATIN).build())
        .addName(Name.builder().text("Сергей Шойгу").kind(NameKind.TRANSLITERATION)
            .language(LanguageTag.of("ru")).script(Script.CYRILLIC).build())
        .addNationality(CountryCode.of("RU"))
        .addPosition(Position.builder()
            .title("Secretary of the Security Council")
            .organization(SECURITY_COUNCIL)
            .term(DateInterval.from(PartialDate.ofMonth(2024, 5)))
            .status(PositionStatus.CURRENT)
            .addProvenance(stated(2))
            .build())
        .addProvenance(stated(2))
        .build();
  }

  static Official baradar() {
    return Official.builder()
        .id(BARADAR)
        .addName(Name.primary("Abdul Ghani Baradar"))
        .addPosition(Position.builder()
            .title("Deputy Prime Minister for Economic Affairs")
            .organization(TALIBAN)
            .status(PositionStatus.CURRENT)
            .build())
        .addExternalId(ExternalId.unSanctions("TAi.024"))
        .addProvenance(stated(6))
        .addProvenance(Provenance.builder().source(UN_LIST).basis(org.statecraft.core.Basis.STATED).build())
        .build();
  }

  static Organization organization(OrganizationId id, String name, OrganizationKind kind, String country) {
    return Organization.builder().id(id).addName(Name.primary(name)).kind(kind).country(CountryCode.of(country)).build();
  }

  static Dossier dossier() {
    return Dossier.builder()
        .source(SourceDocument.builder()
            .id(REPORT)
            .title("Russia's Shoigu visits Kabul for talks with Taliban leaders")
            .publisher("Example News")
            .published(PartialDate.ofDay(2024, 11, 25))
            .url("https://news.example.org/kabul-visit")
            .language(LanguageTag.of("en"))
            .paragraphCount(6)
            .build())
        .addOtherSource(SourceDocument.builder().id(UN_LIST).title("UN Security Council Consolidated List").build())
        .addOfficial(shoigu())
        .addOfficial(baradar())
        .addOrganization(organization(RUSSIA, "Russia", OrganizationKind.STATE, "RU"))
        .addOrganization(Organization.builder().id(SECURITY_COUNCIL)
            .addName(Name.primary("Security Council of the Russian Federation"))
            .kind(OrganizationKind.GOVERNMENT_BODY).country(CountryCode.of("RU")).parent(RUSSIA)
            .addExternalId(ExternalId.of(org.statecraft.core.IdScheme.of("example-register"), "SC-1"))
            .addProvenance(stated(2)).build())
        .addOrganization(organization(TALIBAN, "Taliban", OrganizationKind.POLITICAL_MOVEMENT, "AF"))
        .addOrganization(organization(US, "United States", OrganizationKind.STATE, "US"))
        .addEvent(visit())
        .addEvent(request())
        .addEvent(answer())
        .addEvent(sanction())
        .addEvent(announcement())
        .addEvent(delisting())
        .build();
  }
}
