package org.statecraft.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.statecraft.core.Basis;
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

/**
 * The Kabul visit of 2024-11-25 as typed Statecraft values: every official, organization and
 * event of the news report "Senior Russian Official Visits Kabul to Discuss Peace Initiatives",
 * gathered in one {@link #dossier() Dossier}.
 *
 * <p>Every fact cites its paragraph of the report ({@link #REPORT}), counting the report's lines
 * from 1: paragraph 1 is the headline, 4 the sub-heading, 2, 3, 5 and 6 the body. Summaries are
 * written in our own words. The report's facts, and where each is encoded:
 * <ol>
 *   <li>Sergei Shoigu, Secretary of Russia's Security Council, visited Kabul on 2024-11-25 to talk
 *       peace with Taliban leaders: {@link #visit()} (¶2).</li>
 *   <li>He offered Russia's help towards lasting regional stability:
 *       {@link #shoiguOffersHelpWithStability()} (¶2).</li>
 *   <li>He said the United States should lead Afghanistan's reconstruction, given its two decades
 *       of military involvement: {@link #shoiguCallsOnUnitedStatesToLeadReconstruction()} (¶2).</li>
 *   <li>United States sanctions on the Taliban government were in force and have badly hurt
 *       Afghanistan's economy: {@link #usSanctionsOnTaliban()} and
 *       {@link #reportAssessesSanctionsDamage()} (¶3).</li>
 *   <li>Taliban officials asked Russia for support against those sanctions, naming the asset
 *       freeze and the travel bans on their leaders: {@link #talibanOfficialsAskRussiaForSupport()},
 *       and the sanction's measures {@code ASSET_FREEZE} and {@code TRAVEL_BAN} (¶3).</li>
 *   <li>Shoigu answered with an offer of political dialogue towards intra-Afghan reconciliation:
 *       {@link #shoiguOffersPoliticalDialogue()}, which responds to fact 5 (¶3).</li>
 *   <li>Russian media reported that Shoigu announced plans to take the Taliban off Russia's list
 *       of banned organizations: {@link #shoiguAnnouncesTalibanDelisting()} and the
 *       {@code ANNOUNCED} step of {@link #talibanDelisting()} (¶5), reported, not in force.</li>
 *   <li>This follows a recent declaration by Russia's Ministry of Foreign Affairs to reclassify the
 *       Taliban, of unknown date before the visit: {@link #ministryDeclaresTalibanReclassification()}
 *       and the {@code PROPOSED} step of {@link #talibanDelisting()} (¶5).</li>
 *   <li>The context is growing concern over ISKP: {@link #reportNotesConcernOverIskp()} (¶5).</li>
 *   <li>Abdul Ghani Baradar stressed the urgent need for international cooperation for growth and
 *       investment: {@link #baradarStressesInternationalCooperation()} (¶6).</li>
 *   <li>He restated the Taliban's commitment to favourable conditions for exports:
 *       {@link #baradarCommitsToExportConditions()} (¶6).</li>
 *   <li>He asked Russia to help soften the effects of Western sanctions:
 *       {@link #baradarAsksRussiaToEaseSanctions()} (¶6).</li>
 *   <li>Unnamed analysts assess that security worries over ISKP may also drive Moscow's
 *       engagement: {@link #analystsAssessSecurityMotive()} (¶6).</li>
 * </ol>
 *
 * <p>Readings the report leaves to its reader, made explicit here: the remarks of Shoigu, of the
 * Taliban officials and of Baradar are part of the report's account of the talks, so their
 * {@link Statement#occasion() occasion} is the visit and their date its day; the report's own
 * judgements and the analysts' assessment are dated on or after the visit (the report's time);
 * the report gives no start for the US sanctions, so it is taken from Executive Order 13129
 * (1999-07-04, cited to {@link #US_EXECUTIVE_ORDER_13129_REPORT}), and their interval is open at
 * the end.
 *
 * <p>Where the report names no one, an {@link UnnamedGroup} speaks: {@link #TALIBAN_OFFICIALS},
 * {@link #ANALYSTS}, and {@link #REPORT_AUTHOR} for judgements the report makes in its own voice.
 * Three states carry their Wikidata item and Baradar his UN sanctions list reference, each cited
 * to its own document in {@link Dossier#otherSources()}.
 *
 * <p>The same dossier is available as JSON on the classpath at {@link #JSON_RESOURCE}. All values
 * are built once, when this class is initialized; they are immutable and thread-safe, so the
 * accessors return the same instances on every call.
 */
public final class KabulFixtures {

  /** The classpath location of this dossier as JSON, in the canonical pretty-printed form. */
  public static final String JSON_RESOURCE = "statecraft/fixtures/kabul-visit-2024-11-25.json";

  // ---------------------------------------------------------------- sources

  /** The news report every fact is drawn from. */
  public static final SourceId REPORT = SourceId.of("kabul-visit-2024-11-25");
  /** The Wikidata item for Russia, cited for its external identifier. */
  public static final SourceId WIKIDATA_RUSSIA = SourceId.of("wikidata-q159");
  /** The Wikidata item for the United States, cited for its external identifier. */
  public static final SourceId WIKIDATA_UNITED_STATES = SourceId.of("wikidata-q30");
  /** The Wikidata item for Afghanistan, cited for its external identifier. */
  public static final SourceId WIKIDATA_AFGHANISTAN = SourceId.of("wikidata-q889");
  /** A report quoting the UN 1988 sanctions committee, cited for Baradar's UN list reference. */
  public static final SourceId UN_TRAVEL_BAN_EXEMPTION_REPORT = SourceId.of("un-1988-travel-ban-exemption-2021-12");
  /**
   * The President's report to Congress of Executive Order 13129 of 1999-07-04, "Blocking Property
   * and Prohibiting Transactions With the Taliban" (House Document 106-90), cited for the date the
   * United States sanctions on the Taliban began.
   */
  public static final SourceId US_EXECUTIVE_ORDER_13129_REPORT = SourceId.of("us-house-document-106-90");

  // ---------------------------------------------------------------- officials

  /** Sergei Shoigu, Secretary of Russia's Security Council. */
  public static final OfficialId SHOIGU = OfficialId.of("sergei-shoigu");
  /** Abdul Ghani Baradar, the Taliban's Deputy Prime Minister for Economic Affairs. */
  public static final OfficialId BARADAR = OfficialId.of("abdul-ghani-baradar");

  // ---------------------------------------------------------------- organizations

  /** Russia, the state. */
  public static final OrganizationId RUSSIA = OrganizationId.of("russia");
  /** The Security Council of the Russian Federation. */
  public static final OrganizationId RUSSIAN_SECURITY_COUNCIL = OrganizationId.of("russian-security-council");
  /** The Ministry of Foreign Affairs of the Russian Federation. */
  public static final OrganizationId RUSSIAN_FOREIGN_MINISTRY = OrganizationId.of("russian-foreign-ministry");
  /** The Taliban, the movement. */
  public static final OrganizationId TALIBAN = OrganizationId.of("taliban");
  /** The Taliban's government of Afghanistan. */
  public static final OrganizationId TALIBAN_GOVERNMENT = OrganizationId.of("taliban-government");
  /** The United States, the state. */
  public static final OrganizationId UNITED_STATES = OrganizationId.of("united-states");
  /** Afghanistan, the state. */
  public static final OrganizationId AFGHANISTAN = OrganizationId.of("afghanistan");
  /** Islamic State-Khorasan Province. */
  public static final OrganizationId ISKP = OrganizationId.of("iskp");
  /** The Russian media that reported Shoigu's announcement. */
  public static final OrganizationId RUSSIAN_MEDIA = OrganizationId.of("russian-media");

  // ---------------------------------------------------------------- unnamed groups

  /** The Taliban leaders Shoigu met in Kabul (¶2), among those targeted by the travel bans (¶3). */
  public static final UnnamedGroup TALIBAN_LEADERS = UnnamedGroup.of("Taliban leaders", TALIBAN);
  /** The Taliban officials who asked for Russia's support (¶3). */
  public static final UnnamedGroup TALIBAN_OFFICIALS = UnnamedGroup.of("Taliban officials", TALIBAN);
  /** The Western states whose sanctions Baradar asked Russia to help soften (¶6). */
  public static final UnnamedGroup WESTERN_STATES = UnnamedGroup.of("Western states imposing sanctions");
  /** The unnamed analysts whose assessment the report quotes (¶6). */
  public static final UnnamedGroup ANALYSTS = UnnamedGroup.of("analysts");
  /** The report's own voice, for the judgements it makes without attributing them (¶3, ¶5). */
  public static final UnnamedGroup REPORT_AUTHOR = UnnamedGroup.of("author of the Kabul visit report");

  // ---------------------------------------------------------------- events

  /** Fact 1: Shoigu's visit to Kabul. */
  public static final EventId VISIT = EventId.of("shoigu-visits-kabul");
  /** Fact 2: Shoigu offers help towards lasting regional stability. */
  public static final EventId SHOIGU_OFFERS_HELP_WITH_STABILITY = EventId.of("shoigu-offers-help-with-stability");
  /** Fact 3: Shoigu says the United States should lead reconstruction. */
  public static final EventId SHOIGU_CALLS_ON_US_TO_LEAD_RECONSTRUCTION =
      EventId.of("shoigu-calls-on-us-to-lead-reconstruction");
  /** Fact 4: the United States sanctions on the Taliban government. */
  public static final EventId US_SANCTIONS_ON_TALIBAN = EventId.of("us-sanctions-on-taliban-government");
  /** Fact 4: the report's judgement that the sanctions badly hurt Afghanistan's economy. */
  public static final EventId REPORT_ASSESSES_SANCTIONS_DAMAGE = EventId.of("report-assesses-sanctions-damage");
  /** Fact 5: Taliban officials ask Russia for support against the sanctions. */
  public static final EventId TALIBAN_OFFICIALS_ASK_RUSSIA_FOR_SUPPORT =
      EventId.of("taliban-officials-ask-russia-for-support");
  /** Fact 6: Shoigu offers political dialogue for intra-Afghan reconciliation. */
  public static final EventId SHOIGU_OFFERS_POLITICAL_DIALOGUE = EventId.of("shoigu-offers-political-dialogue");
  /** Fact 7: Shoigu announces plans to take the Taliban off Russia's list, as reported. */
  public static final EventId SHOIGU_ANNOUNCES_TALIBAN_DELISTING = EventId.of("shoigu-announces-taliban-delisting");
  /** Facts 7 and 8: the Taliban's removal from Russia's list of banned organizations. */
  public static final EventId TALIBAN_DELISTING = EventId.of("taliban-delisting-russia");
  /** Fact 8: the foreign ministry's earlier declaration to reclassify the Taliban. */
  public static final EventId MINISTRY_DECLARES_TALIBAN_RECLASSIFICATION =
      EventId.of("foreign-ministry-declares-taliban-reclassification");
  /** Fact 9: the report notes growing concern over ISKP as the context. */
  public static final EventId REPORT_NOTES_CONCERN_OVER_ISKP = EventId.of("report-notes-concern-over-iskp");
  /** Fact 10: Baradar stresses the need for international cooperation. */
  public static final EventId BARADAR_STRESSES_INTERNATIONAL_COOPERATION =
      EventId.of("baradar-stresses-international-cooperation");
  /** Fact 11: Baradar restates the commitment to favourable conditions for exports. */
  public static final EventId BARADAR_COMMITS_TO_EXPORT_CONDITIONS = EventId.of("baradar-commits-to-export-conditions");
  /** Fact 12: Baradar asks Russia to help soften Western sanctions. */
  public static final EventId BARADAR_ASKS_RUSSIA_TO_EASE_SANCTIONS = EventId.of("baradar-asks-russia-to-ease-sanctions");
  /** Fact 13: analysts assess that security concerns over ISKP drive Moscow's engagement. */
  public static final EventId ANALYSTS_ASSESS_SECURITY_MOTIVE = EventId.of("analysts-assess-security-motive");

  /** The name of Russia's list of banned organizations, as used by {@link #talibanDelisting()}. */
  public static final String RUSSIAN_BANNED_ORGANIZATIONS_LIST = "Russia's list of banned organizations";

  // ---------------------------------------------------------------- shared values

  private static final DateInterval VISIT_DAY = DateInterval.on(PartialDate.ofDay(2024, 11, 25));
  /** Some time on or before the visit: the report gives no date, only "recent". */
  private static final DateInterval BEFORE_VISIT = DateInterval.until(PartialDate.ofDay(2024, 11, 25));
  /** The report's own time: on or after the visit it describes. */
  private static final DateInterval REPORT_TIME = DateInterval.from(PartialDate.ofDay(2024, 11, 25));
  private static final Place KABUL = Place.of("Kabul", CountryCode.of("AF"));

  private static final SourceDocument REPORT_DOCUMENT = SourceDocument.builder()
      .id(REPORT)
      .title("Senior Russian Official Visits Kabul to Discuss Peace Initiatives")
      .language(LanguageTag.of("en"))
      .paragraphCount(6)
      .build();

  private static final List<SourceDocument> OTHER_SOURCES = List.of(
      wikidataItem(WIKIDATA_RUSSIA, "Q159", "Russia"),
      wikidataItem(WIKIDATA_UNITED_STATES, "Q30", "United States"),
      wikidataItem(WIKIDATA_AFGHANISTAN, "Q889", "Afghanistan"),
      SourceDocument.builder()
          .id(UN_TRAVEL_BAN_EXEMPTION_REPORT)
          .title("UN Security Council exempts senior Taliban leaders from travel ban till March 21")
          .publisher("Republic World")
          .published(PartialDate.ofDay(2021, 12, 25))
          .url("https://www.republicworld.com/world-news/rest-of-the-world-news/"
              + "un-security-council-exempts-senior-taliban-leaders-from-travel-ban-till-march-21.html")
          .language(LanguageTag.of("en"))
          .build(),
      SourceDocument.builder()
          .id(US_EXECUTIVE_ORDER_13129_REPORT)
          .title("A Response to the Actions and Policies of the Afghan Taliban (House Document 106-90)")
          .publisher("U.S. Government Publishing Office")
          .published(PartialDate.ofDay(1999, 7, 12))
          .url("https://www.govinfo.gov/content/pkg/CDOC-106hdoc90/html/CDOC-106hdoc90.htm")
          .language(LanguageTag.of("en"))
          .build());

  // ---------------------------------------------------------------- entities

  private static final Official SHOIGU_ENTITY = Official.builder()
      .id(SHOIGU)
      .addName(Name.primary("Sergei Shoigu"))
      .addName(Name.builder().kind(NameKind.TRANSLITERATION).text("Сергей Шойгу")
          .language(LanguageTag.of("ru")).script(Script.CYRILLIC).build())
      .addNationality(CountryCode.of("RU"))
      .addPosition(Position.builder()
          .title("Secretary of the Security Council")
          .organization(RUSSIAN_SECURITY_COUNCIL)
          .status(PositionStatus.CURRENT)
          .addProvenance(stated(2))
          .build())
      .addProvenance(stated(2))
      .build();

  private static final Official BARADAR_ENTITY = Official.builder()
      .id(BARADAR)
      .addName(Name.primary("Abdul Ghani Baradar"))
      .addName(Name.builder().kind(NameKind.TRANSLITERATION).text("عبدالغنی برادر")
          .language(LanguageTag.of("prs")).script(Script.ARABIC).build())
      .addName(Name.of(NameKind.ALIAS, "Abdul Ghani Baradar Abdul Ahmad Turk"))
      .addPosition(Position.builder()
          .title("Deputy Prime Minister for Economic Affairs")
          .organization(TALIBAN_GOVERNMENT)
          .status(PositionStatus.CURRENT)
          .addProvenance(stated(6))
          .build())
      .addExternalId(ExternalId.unSanctions("TAi.024"))
      .addProvenance(stated(6))
      .addProvenance(Provenance.builder().source(UN_TRAVEL_BAN_EXEMPTION_REPORT)
          .basis(Basis.STATED).build())
      .build();

  private static final Organization RUSSIA_ENTITY = Organization.builder()
      .id(RUSSIA)
      .addName(Name.primary("Russia"))
      .addName(Name.of(NameKind.ALIAS, "Russian Federation"))
      .addName(Name.builder().kind(NameKind.TRANSLITERATION).text("Россия")
          .language(LanguageTag.of("ru")).script(Script.CYRILLIC).build())
      .kind(OrganizationKind.STATE)
      .country(CountryCode.of("RU"))
      .addExternalId(ExternalId.wikidata("Q159"))
      .addProvenance(stated(2))
      .addProvenance(cited(WIKIDATA_RUSSIA))
      .build();

  private static final Organization SECURITY_COUNCIL_ENTITY = Organization.builder()
      .id(RUSSIAN_SECURITY_COUNCIL)
      .addName(Name.primary("Security Council of the Russian Federation"))
      .addName(Name.of(NameKind.ALIAS, "Russian National Security Council"))
      .kind(OrganizationKind.GOVERNMENT_BODY)
      .country(CountryCode.of("RU"))
      .parent(RUSSIA)
      .addProvenance(stated(2))
      .build();

  private static final Organization FOREIGN_MINISTRY_ENTITY = Organization.builder()
      .id(RUSSIAN_FOREIGN_MINISTRY)
      .addName(Name.primary("Ministry of Foreign Affairs of the Russian Federation"))
      .addName(Name.of(NameKind.ALIAS, "Russian Foreign Ministry"))
      .kind(OrganizationKind.MINISTRY)
      .country(CountryCode.of("RU"))
      .parent(RUSSIA)
      .addProvenance(stated(5))
      .build();

  private static final Organization TALIBAN_ENTITY = Organization.builder()
      .id(TALIBAN)
      .addName(Name.primary("Taliban"))
      .kind(OrganizationKind.POLITICAL_MOVEMENT)
      .country(CountryCode.of("AF"))
      .addProvenance(stated(2))
      .build();

  private static final Organization TALIBAN_GOVERNMENT_ENTITY = Organization.builder()
      .id(TALIBAN_GOVERNMENT)
      .addName(Name.primary("Taliban government"))
      .kind(OrganizationKind.GOVERNMENT)
      .country(CountryCode.of("AF"))
      .addProvenance(stated(3))
      .build();

  private static final Organization UNITED_STATES_ENTITY = Organization.builder()
      .id(UNITED_STATES)
      .addName(Name.primary("United States"))
      .addName(Name.of(NameKind.ALIAS, "U.S."))
      .kind(OrganizationKind.STATE)
      .country(CountryCode.of("US"))
      .addExternalId(ExternalId.wikidata("Q30"))
      .addProvenance(stated(2))
      .addProvenance(cited(WIKIDATA_UNITED_STATES))
      .build();

  private static final Organization AFGHANISTAN_ENTITY = Organization.builder()
      .id(AFGHANISTAN)
      .addName(Name.primary("Afghanistan"))
      .kind(OrganizationKind.STATE)
      .country(CountryCode.of("AF"))
      .addExternalId(ExternalId.wikidata("Q889"))
      .addProvenance(stated(2))
      .addProvenance(cited(WIKIDATA_AFGHANISTAN))
      .build();

  private static final Organization ISKP_ENTITY = Organization.builder()
      .id(ISKP)
      .addName(Name.primary("Islamic State-Khorasan Province"))
      .addName(Name.of(NameKind.ALIAS, "ISKP"))
      .kind(OrganizationKind.ARMED_GROUP)
      .addProvenance(stated(5))
      .build();

  private static final Organization RUSSIAN_MEDIA_ENTITY = Organization.builder()
      .id(RUSSIAN_MEDIA)
      .addName(Name.primary("Russian media"))
      .kind(OrganizationKind.MEDIA)
      .country(CountryCode.of("RU"))
      .addProvenance(stated(5))
      .build();

  // ---------------------------------------------------------------- events

  private static final Visit VISIT_EVENT = Visit.builder()
      .id(VISIT)
      .when(VISIT_DAY)
      .place(KABUL)
      .addVisitor(SHOIGU)
      .addHost(TALIBAN_LEADERS)
      .purpose("Talks with the Taliban leadership on the outlook for peace in Afghanistan.")
      .addTopic("peace in Afghanistan")
      .addTopic("regional stability")
      .addTopic("reconstruction of Afghanistan")
      .addTopic("sanctions on the Taliban")
      .addTopic("intra-Afghan reconciliation")
      .addProvenance(stated(1))
      .addProvenance(stated(2))
      .build();

  private static final Statement SHOIGU_OFFERS_HELP_WITH_STABILITY_EVENT = duringVisit(SHOIGU_OFFERS_HELP_WITH_STABILITY)
      .speaker(SHOIGU)
      .kind(StatementKind.OFFER)
      .summary("Moscow is prepared to help bring durable stability to the region.")
      .addAddressee(TALIBAN_LEADERS)
      .addSubject(RUSSIA)
      .addProvenance(stated(2))
      .build();

  private static final Statement SHOIGU_CALLS_ON_US_EVENT = duringVisit(SHOIGU_CALLS_ON_US_TO_LEAD_RECONSTRUCTION)
      .speaker(SHOIGU)
      .kind(StatementKind.CALL)
      .summary("Having been militarily engaged in Afghanistan for some twenty years, the United States "
          + "ought to take the lead in rebuilding the country.")
      .addAddressee(TALIBAN_LEADERS)
      .addSubject(UNITED_STATES)
      .addSubject(AFGHANISTAN)
      .addProvenance(stated(2))
      .build();

  private static final Sanction US_SANCTIONS_EVENT = Sanction.builder()
      .id(US_SANCTIONS_ON_TALIBAN)
      // The report says the sanctions were in force at the time of the visit and had not ended, but
      // not when they began. That date comes from another public source, cited separately:
      // Executive Order 13129 blocked the Taliban's property on 1999-07-04.
      .when(DateInterval.from(PartialDate.ofDay(1999, 7, 4)))
      .authority(UNITED_STATES)
      .addTarget(TALIBAN_GOVERNMENT)
      .addTarget(TALIBAN_LEADERS)
      .addMeasure(SanctionMeasure.ASSET_FREEZE)
      .addMeasure(SanctionMeasure.TRAVEL_BAN)
      .legalBasis("Executive Order 13129 of 1999-07-04 and later orders")
      .status(SanctionStatus.IN_FORCE)
      .addProvenance(stated(3))
      .addProvenance(Provenance.builder().source(US_EXECUTIVE_ORDER_13129_REPORT).basis(Basis.STATED).build())
      .build();

  private static final Statement REPORT_ASSESSES_SANCTIONS_DAMAGE_EVENT = Statement.builder()
      .id(REPORT_ASSESSES_SANCTIONS_DAMAGE)
      .when(REPORT_TIME)
      .speaker(REPORT_AUTHOR)
      .kind(StatementKind.ASSESSMENT)
      .summary("The sanctions the United States keeps on the Taliban government have done serious "
          + "damage to Afghanistan's economy.")
      .addSubject(UNITED_STATES)
      .addSubject(TALIBAN_GOVERNMENT)
      .addSubject(AFGHANISTAN)
      .addProvenance(stated(3))
      .build();

  private static final Statement TALIBAN_OFFICIALS_REQUEST_EVENT = duringVisit(TALIBAN_OFFICIALS_ASK_RUSSIA_FOR_SUPPORT)
      .speaker(TALIBAN_OFFICIALS)
      .kind(StatementKind.REQUEST)
      .summary("Russia should help relieve the pressure of the sanctions, above all the frozen assets "
          + "and the bans on travel by Taliban leaders.")
      .addAddressee(RUSSIA)
      .addSubject(UNITED_STATES)
      .addSubject(TALIBAN_LEADERS)
      .addProvenance(stated(3))
      .build();

  private static final Statement SHOIGU_OFFERS_DIALOGUE_EVENT = duringVisit(SHOIGU_OFFERS_POLITICAL_DIALOGUE)
      .speaker(SHOIGU)
      .kind(StatementKind.OFFER)
      .summary("Russia is willing to hold constructive political talks that advance reconciliation "
          + "among Afghans.")
      .addAddressee(TALIBAN_OFFICIALS)
      .addSubject(RUSSIA)
      .addSubject(AFGHANISTAN)
      .respondsTo(TALIBAN_OFFICIALS_ASK_RUSSIA_FOR_SUPPORT)
      .addProvenance(stated(3))
      .build();

  private static final Statement MINISTRY_DECLARATION_EVENT = Statement.builder()
      .id(MINISTRY_DECLARES_TALIBAN_RECLASSIFICATION)
      .when(BEFORE_VISIT)
      .speaker(RUSSIAN_FOREIGN_MINISTRY)
      .kind(StatementKind.DECLARATION)
      .summary("Russia intends to change how it classifies the Taliban.")
      .addSubject(TALIBAN)
      .addProvenance(stated(5))
      .build();

  private static final Statement SHOIGU_ANNOUNCEMENT_EVENT = duringVisit(SHOIGU_ANNOUNCES_TALIBAN_DELISTING)
      .speaker(SHOIGU)
      .kind(StatementKind.ANNOUNCEMENT)
      .summary("Russia plans to take the Taliban off its list of banned organizations.")
      .addSubject(TALIBAN)
      .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
      .build();

  private static final DesignationChange TALIBAN_DELISTING_EVENT = DesignationChange.builder()
      .id(TALIBAN_DELISTING)
      .authority(RUSSIA)
      .listName(RUSSIAN_BANNED_ORGANIZATIONS_LIST)
      .subject(TALIBAN)
      .action(DesignationAction.DELISTING)
      .addStage(DesignationStep.builder()
          .stage(DesignationStage.PROPOSED)
          .when(BEFORE_VISIT)
          .announcedBy(MINISTRY_DECLARES_TALIBAN_RECLASSIFICATION)
          .addProvenance(stated(5))
          .build())
      .addStage(DesignationStep.builder()
          .stage(DesignationStage.ANNOUNCED)
          .when(VISIT_DAY)
          .announcedBy(SHOIGU_ANNOUNCES_TALIBAN_DELISTING)
          .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
          .build())
      .addProvenance(Provenance.reported(REPORT, 5, RUSSIAN_MEDIA))
      .addProvenance(stated(5))
      .build();

  private static final Statement REPORT_NOTES_ISKP_EVENT = Statement.builder()
      .id(REPORT_NOTES_CONCERN_OVER_ISKP)
      .when(REPORT_TIME)
      .speaker(REPORT_AUTHOR)
      .kind(StatementKind.ASSESSMENT)
      .summary("Russia's change of course comes as worry grows about what ISKP is doing in the region.")
      .addSubject(ISKP)
      .addSubject(RUSSIA)
      .addProvenance(stated(5))
      .build();

  private static final Statement BARADAR_COOPERATION_EVENT = duringVisit(BARADAR_STRESSES_INTERNATIONAL_COOPERATION)
      .speaker(BARADAR)
      .kind(StatementKind.EMPHASIS)
      .summary("Afghanistan urgently needs international cooperation to grow its economy and draw "
          + "in foreign investment.")
      .addSubject(AFGHANISTAN)
      .addProvenance(stated(6))
      .build();

  private static final Statement BARADAR_EXPORTS_EVENT = duringVisit(BARADAR_COMMITS_TO_EXPORT_CONDITIONS)
      .speaker(BARADAR)
      .kind(StatementKind.COMMITMENT)
      .summary("The Taliban remain committed to making conditions good for goods exported from Afghanistan.")
      .addSubject(TALIBAN)
      .addSubject(AFGHANISTAN)
      .addProvenance(stated(6))
      .build();

  private static final Statement BARADAR_SANCTIONS_EVENT = duringVisit(BARADAR_ASKS_RUSSIA_TO_EASE_SANCTIONS)
      .speaker(BARADAR)
      .kind(StatementKind.REQUEST)
      .summary("Russia should help soften the harm that Western sanctions do.")
      .addAddressee(RUSSIA)
      .addSubject(WESTERN_STATES)
      .addProvenance(stated(6))
      .build();

  private static final Statement ANALYSTS_EVENT = Statement.builder()
      .id(ANALYSTS_ASSESS_SECURITY_MOTIVE)
      .when(REPORT_TIME)
      .speaker(ANALYSTS)
      .kind(StatementKind.ASSESSMENT)
      .summary("Security worries, chiefly the threat ISKP poses to Afghanistan and Russia alike, may be "
          + "part of why Moscow is engaging with Kabul.")
      .addSubject(RUSSIA)
      .addSubject(ISKP)
      .addSubject(AFGHANISTAN)
      .addProvenance(Provenance.assessed(REPORT, 6, ANALYSTS))
      .build();

  private static final Dossier DOSSIER = Dossier.builder()
      .source(REPORT_DOCUMENT)
      .addAllOtherSources(OTHER_SOURCES)
      .addOfficials(SHOIGU_ENTITY, BARADAR_ENTITY)
      .addOrganizations(RUSSIA_ENTITY, SECURITY_COUNCIL_ENTITY, FOREIGN_MINISTRY_ENTITY, TALIBAN_ENTITY,
          TALIBAN_GOVERNMENT_ENTITY, UNITED_STATES_ENTITY, AFGHANISTAN_ENTITY, ISKP_ENTITY, RUSSIAN_MEDIA_ENTITY)
      // In the order of the report; the timeline sorts them by date.
      .addEvent(MINISTRY_DECLARATION_EVENT)
      .addEvent(VISIT_EVENT)
      .addEvent(SHOIGU_OFFERS_HELP_WITH_STABILITY_EVENT)
      .addEvent(SHOIGU_CALLS_ON_US_EVENT)
      .addEvent(US_SANCTIONS_EVENT)
      .addEvent(REPORT_ASSESSES_SANCTIONS_DAMAGE_EVENT)
      .addEvent(TALIBAN_OFFICIALS_REQUEST_EVENT)
      .addEvent(SHOIGU_OFFERS_DIALOGUE_EVENT)
      .addEvent(SHOIGU_ANNOUNCEMENT_EVENT)
      .addEvent(TALIBAN_DELISTING_EVENT)
      .addEvent(REPORT_NOTES_ISKP_EVENT)
      .addEvent(BARADAR_COOPERATION_EVENT)
      .addEvent(BARADAR_EXPORTS_EVENT)
      .addEvent(BARADAR_SANCTIONS_EVENT)
      .addEvent(ANALYSTS_EVENT)
      .build();

  private KabulFixtures() {}

  private static Provenance stated(int paragraph) {
    return Provenance.stated(REPORT, paragraph);
  }

  private static Provenance cited(SourceId source) {
    return Provenance.builder().source(source).basis(Basis.STATED).build();
  }

  private static SourceDocument wikidataItem(SourceId id, String qid, String label) {
    return SourceDocument.builder()
        .id(id)
        .title("Wikidata item " + qid + ": " + label)
        .publisher("Wikidata")
        .url("https://www.wikidata.org/wiki/" + qid)
        .build();
  }

  /** A statement made in Kabul during the visit, on its day, with the visit as its occasion. */
  private static Statement.Builder duringVisit(EventId id) {
    Statement.Builder builder = Statement.builder();
    builder.id(id).when(VISIT_DAY).place(KABUL).occasion(VISIT);
    return builder;
  }

  // ---------------------------------------------------------------- accessors

  /**
   * Returns the news report every fact is drawn from (6 paragraphs, English).
   *
   * @return the source document with id {@link #REPORT}
   */
  public static SourceDocument report() {
    return REPORT_DOCUMENT;
  }

  /**
   * Returns the other documents cited: three Wikidata items and a report quoting the UN sanctions
   * committee, for external identifiers, and the US House document on Executive Order 13129, for the
   * date the US sanctions began.
   *
   * @return the five documents in that order, unmodifiable
   */
  public static List<SourceDocument> otherSources() {
    return OTHER_SOURCES;
  }

  /**
   * Returns Sergei Shoigu, Secretary of Russia's Security Council (¶2).
   *
   * @return the official with id {@link #SHOIGU}
   */
  public static Official shoigu() {
    return SHOIGU_ENTITY;
  }

  /**
   * Returns Abdul Ghani Baradar, the Taliban's Deputy Prime Minister for Economic Affairs (¶6).
   *
   * @return the official with id {@link #BARADAR}
   */
  public static Official baradar() {
    return BARADAR_ENTITY;
  }

  /**
   * Returns Russia, the state (¶2).
   *
   * @return the organization with id {@link #RUSSIA}, of kind {@link OrganizationKind#STATE}
   */
  public static Organization russia() {
    return RUSSIA_ENTITY;
  }

  /**
   * Returns Russia's Security Council, which the report calls the Russian National Security Council
   * (¶2).
   *
   * @return the organization with id {@link #RUSSIAN_SECURITY_COUNCIL}, of kind
   *     {@link OrganizationKind#GOVERNMENT_BODY}
   */
  public static Organization russianSecurityCouncil() {
    return SECURITY_COUNCIL_ENTITY;
  }

  /**
   * Returns Russia's Ministry of Foreign Affairs (¶5).
   *
   * @return the organization with id {@link #RUSSIAN_FOREIGN_MINISTRY}, of kind
   *     {@link OrganizationKind#MINISTRY}
   */
  public static Organization russianForeignMinistry() {
    return FOREIGN_MINISTRY_ENTITY;
  }

  /**
   * Returns the Taliban, the movement (¶2).
   *
   * @return the organization with id {@link #TALIBAN}, of kind
   *     {@link OrganizationKind#POLITICAL_MOVEMENT}
   */
  public static Organization taliban() {
    return TALIBAN_ENTITY;
  }

  /**
   * Returns the Taliban government of Afghanistan (¶3).
   *
   * @return the organization with id {@link #TALIBAN_GOVERNMENT}, of kind
   *     {@link OrganizationKind#GOVERNMENT}
   */
  public static Organization talibanGovernment() {
    return TALIBAN_GOVERNMENT_ENTITY;
  }

  /**
   * Returns the United States, the state (¶2).
   *
   * @return the organization with id {@link #UNITED_STATES}, of kind {@link OrganizationKind#STATE}
   */
  public static Organization unitedStates() {
    return UNITED_STATES_ENTITY;
  }

  /**
   * Returns Afghanistan, the state (¶2).
   *
   * @return the organization with id {@link #AFGHANISTAN}, of kind {@link OrganizationKind#STATE}
   */
  public static Organization afghanistan() {
    return AFGHANISTAN_ENTITY;
  }

  /**
   * Returns Islamic State-Khorasan Province (¶5).
   *
   * @return the organization with id {@link #ISKP}, of kind {@link OrganizationKind#ARMED_GROUP}
   */
  public static Organization iskp() {
    return ISKP_ENTITY;
  }

  /**
   * Returns the Russian media that reported Shoigu's announcement (¶5).
   *
   * @return the organization with id {@link #RUSSIAN_MEDIA}, of kind {@link OrganizationKind#MEDIA}
   */
  public static Organization russianMedia() {
    return RUSSIAN_MEDIA_ENTITY;
  }

  /**
   * Fact 1: returns Shoigu's visit to Kabul on 2024-11-25, hosted by Taliban leaders (¶2).
   *
   * @return the visit with id {@link #VISIT}
   */
  public static Visit visit() {
    return VISIT_EVENT;
  }

  /**
   * Fact 2: returns Shoigu's offer of help towards lasting regional stability (¶2).
   *
   * @return the {@link StatementKind#OFFER offer} with id
   *     {@link #SHOIGU_OFFERS_HELP_WITH_STABILITY}
   */
  public static Statement shoiguOffersHelpWithStability() {
    return SHOIGU_OFFERS_HELP_WITH_STABILITY_EVENT;
  }

  /**
   * Fact 3: returns Shoigu's call for the United States to lead reconstruction (¶2).
   *
   * @return the {@link StatementKind#CALL call} with id
   *     {@link #SHOIGU_CALLS_ON_US_TO_LEAD_RECONSTRUCTION}
   */
  public static Statement shoiguCallsOnUnitedStatesToLeadReconstruction() {
    return SHOIGU_CALLS_ON_US_EVENT;
  }

  /**
   * Fact 4 and 5: returns the United States sanctions on the Taliban government and its leaders,
   * in force, with an asset freeze and travel bans (¶3). The report does not say when the sanctions
   * began, only that they still applied: the start, 1999-07-04, is that of Executive Order 13129,
   * cited to {@link #US_EXECUTIVE_ORDER_13129_REPORT}; the end is open.
   *
   * @return the sanction with id {@link #US_SANCTIONS_ON_TALIBAN}
   */
  public static Sanction usSanctionsOnTaliban() {
    return US_SANCTIONS_EVENT;
  }

  /**
   * Fact 4: returns the report's judgement that the sanctions badly hurt Afghanistan's economy (¶3).
   *
   * @return the {@link StatementKind#ASSESSMENT assessment} with id
   *     {@link #REPORT_ASSESSES_SANCTIONS_DAMAGE}
   */
  public static Statement reportAssessesSanctionsDamage() {
    return REPORT_ASSESSES_SANCTIONS_DAMAGE_EVENT;
  }

  /**
   * Fact 5: returns the Taliban officials' request for Russia's support against the sanctions (¶3).
   *
   * @return the {@link StatementKind#REQUEST request} with id
   *     {@link #TALIBAN_OFFICIALS_ASK_RUSSIA_FOR_SUPPORT}
   */
  public static Statement talibanOfficialsAskRussiaForSupport() {
    return TALIBAN_OFFICIALS_REQUEST_EVENT;
  }

  /**
   * Fact 6: returns Shoigu's offer of political dialogue, in response to fact 5 (¶3).
   *
   * @return the {@link StatementKind#OFFER offer} with id {@link #SHOIGU_OFFERS_POLITICAL_DIALOGUE}
   */
  public static Statement shoiguOffersPoliticalDialogue() {
    return SHOIGU_OFFERS_DIALOGUE_EVENT;
  }

  /**
   * Fact 7: returns Shoigu's announcement of the Taliban's delisting, as reported by Russian media (¶5).
   *
   * @return the {@link StatementKind#ANNOUNCEMENT announcement} with id
   *     {@link #SHOIGU_ANNOUNCES_TALIBAN_DELISTING}
   */
  public static Statement shoiguAnnouncesTalibanDelisting() {
    return SHOIGU_ANNOUNCEMENT_EVENT;
  }

  /**
   * Facts 7 and 8: returns the Taliban's removal from Russia's list of banned organizations, proposed
   * by the foreign ministry on or before 2024-11-25 and announced by Shoigu on 2024-11-25; not in
   * force (¶5).
   *
   * @return the designation change with id {@link #TALIBAN_DELISTING}, at stage
   *     {@link DesignationStage#ANNOUNCED}
   */
  public static DesignationChange talibanDelisting() {
    return TALIBAN_DELISTING_EVENT;
  }

  /**
   * Fact 8: returns the foreign ministry's declaration to reclassify the Taliban, dated on or before
   * the visit (¶5).
   *
   * @return the {@link StatementKind#DECLARATION declaration} with id
   *     {@link #MINISTRY_DECLARES_TALIBAN_RECLASSIFICATION}
   */
  public static Statement ministryDeclaresTalibanReclassification() {
    return MINISTRY_DECLARATION_EVENT;
  }

  /**
   * Fact 9: returns the report's note that concern over ISKP is the context (¶5).
   *
   * @return the {@link StatementKind#ASSESSMENT assessment} with id
   *     {@link #REPORT_NOTES_CONCERN_OVER_ISKP}
   */
  public static Statement reportNotesConcernOverIskp() {
    return REPORT_NOTES_ISKP_EVENT;
  }

  /**
   * Fact 10: returns Baradar's stress on international cooperation for growth and investment (¶6).
   *
   * @return the {@link StatementKind#EMPHASIS emphasis} with id
   *     {@link #BARADAR_STRESSES_INTERNATIONAL_COOPERATION}
   */
  public static Statement baradarStressesInternationalCooperation() {
    return BARADAR_COOPERATION_EVENT;
  }

  /**
   * Fact 11: returns Baradar's commitment to favourable conditions for Afghan exports (¶6).
   *
   * @return the {@link StatementKind#COMMITMENT commitment} with id
   *     {@link #BARADAR_COMMITS_TO_EXPORT_CONDITIONS}
   */
  public static Statement baradarCommitsToExportConditions() {
    return BARADAR_EXPORTS_EVENT;
  }

  /**
   * Fact 12: returns Baradar's request that Russia help soften Western sanctions (¶6).
   *
   * @return the {@link StatementKind#REQUEST request} with id
   *     {@link #BARADAR_ASKS_RUSSIA_TO_EASE_SANCTIONS}
   */
  public static Statement baradarAsksRussiaToEaseSanctions() {
    return BARADAR_SANCTIONS_EVENT;
  }

  /**
   * Fact 13: returns the analysts' assessment that security concerns over ISKP drive Moscow (¶6).
   *
   * @return the {@link StatementKind#ASSESSMENT assessment} with id
   *     {@link #ANALYSTS_ASSESS_SECURITY_MOTIVE}
   */
  public static Statement analystsAssessSecurityMotive() {
    return ANALYSTS_EVENT;
  }

  /**
   * Returns the dossier as JSON: the text of the classpath resource {@link #JSON_RESOURCE}, in the
   * canonical pretty form that {@code StatecraftJson.writeDossierPretty} writes. Reading it with
   * {@code StatecraftJson.standard().readDossier(KabulFixtures.json())} gives {@link #dossier()}.
   *
   * @return the JSON text, UTF-8 decoded
   * @throws IllegalStateException if the resource is missing from the class path (a broken build)
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String json() {
    return JsonHolder.TEXT;
  }

  /** Reads the JSON resource once, on first use. */
  private static final class JsonHolder {
    static final String TEXT = read();

    private static String read() {
      try (InputStream in = KabulFixtures.class.getResourceAsStream("/" + JSON_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + JSON_RESOURCE + " is missing from the class path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the resource " + JSON_RESOURCE, e);
      }
    }
  }

  /**
   * Returns the whole dossier: the report, the other sources, 2 officials, 9 organizations, 15 events.
   *
   * @return the dossier, whose canonical JSON form is {@link #json()}
   */
  public static Dossier dossier() {
    return DOSSIER;
  }
}
