package org.statecraft.core.testing;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.statecraft.core.ActorRef;
import org.statecraft.core.Basis;
import org.statecraft.core.Coordinates;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
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
 * A deterministic, seeded generator of random but valid Statecraft models, for property tests,
 * round-trip tests and benchmarks.
 *
 * <p>Each generator owns a fixed <em>world</em>, made when it is constructed: one main
 * {@link #source() source document} (60 paragraphs) and two {@link #otherSources() other sources},
 * about 30 {@link #organizations() organizations} (states, ministries, security councils, news
 * agencies, an international organization, movements) and about 40 {@link #officials() officials}
 * with positions in them. Events are then drawn against that world:
 * <ul>
 *   <li>all four types: about 45% {@link Statement statements}, 20% {@link Visit visits}, 20%
 *       {@link Sanction sanctions} and 15% {@link DesignationChange designation changes};</li>
 *   <li>names in Latin, Cyrillic, Arabic, Han and Devanagari script, with language tags, aliases
 *       and alternative transliterations;</li>
 *   <li>partial dates of every precision (year, month, day), some approximate, as single dates,
 *       closed intervals and intervals open at either end;</li>
 *   <li>provenance of every {@link Basis}, citing paragraphs of the world's sources;</li>
 *   <li>summaries of one to four sentences (roughly 60 to 600 characters), so that an event
 *       serializes to about the size of one of the Kabul fixture's events.</li>
 * </ul>
 *
 * <h2>Validity and references</h2>
 * Every value returned has been built through the public builders, so it passes every check.
 * Events reference only the world's entities and, within one sequence ({@link #events(int)},
 * {@link #eventStream(long)}, {@link #dossier(int)}), events that came earlier in the same
 * sequence: a statement's occasion (a visit) and response, and a designation step's announcing
 * statement. Hence {@link #dossierOf(List)} of such a sequence always builds, with every reference
 * resolved. A lone {@link #event()} references no other event. Event ids are unique across
 * everything one generator returns.
 *
 * <h2>Determinism</h2>
 * The same seed and the same sequence of calls give equal values ({@code equals}), on any JVM:
 * the generator uses {@link Random}, whose algorithm is fixed by its specification, and never
 * iterates over a hash-ordered collection.
 *
 * <h2>Memory</h2>
 * {@link #eventStream(long)} is lazy and keeps only a bounded window of recent event ids, so a
 * stream of millions of events runs in constant memory.
 *
 * <p>Instances are not thread-safe: each call advances the generator's state. Use one generator
 * per thread. The data is synthetic: names, identifiers and events are invented and describe no
 * real person or act.
 */
public final class RandomModels {

  /** The first day generated events may fall on. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  /** The number of days generated events spread over (about twelve years). */
  private static final int DAY_SPAN = 4_380;
  /** How many recent visits and statements a sequence may still refer to. */
  private static final int WINDOW = 64;
  private static final int MAIN_PARAGRAPHS = 60;

  private final Random random;
  private final SourceDocument source;
  private final List<SourceDocument> otherSources;
  private final List<Organization> organizations;
  private final List<Official> officials;
  private final List<UnnamedGroup> groups;
  private final List<OrganizationId> authorities;
  private final List<OrganizationId> media;
  private final List<OrganizationId> listable;

  private final ArrayDeque<EventId> recentVisits = new ArrayDeque<>();
  private final ArrayDeque<EventId> recentStatements = new ArrayDeque<>();
  private long eventCount;

  /**
   * Creates a generator and its world.
   *
   * @param seed the seed; equal seeds give equal worlds and equal sequences of values
   */
  public RandomModels(long seed) {
    this.random = new Random(seed);
    this.source = SourceDocument.builder()
        .id(SourceId.of("synthetic-report-" + Long.toUnsignedString(seed, 36)))
        .title("Regional envoys meet as sanctions debate continues")
        .publisher("Synthetic Wire Service")
        .published(PartialDate.ofDay(2024, 11, 25))
        .url("https://news.example.org/world/" + Long.toUnsignedString(seed, 36) + "/regional-envoys")
        .language(LanguageTag.of("en"))
        .paragraphCount(MAIN_PARAGRAPHS)
        .build();
    this.otherSources = List.of(
        SourceDocument.builder()
            .id(SourceId.of("synthetic-register"))
            .title("Synthetic register of officials and bodies")
            .url("https://register.example.org/entities")
            .build(),
        SourceDocument.builder()
            .id(SourceId.of("synthetic-gazette"))
            .title("Official gazette: notices on restrictive measures")
            .publisher("Synthetic Gazette Office")
            .language(LanguageTag.of("en"))
            .build());
    World world = new World();
    world.build();
    this.organizations = List.copyOf(world.organizations);
    this.officials = List.copyOf(world.officials);
    this.groups = List.copyOf(world.groups);
    this.authorities = List.copyOf(world.authorities);
    this.media = List.copyOf(world.media);
    this.listable = List.copyOf(world.listable);
  }

  /** Returns the world's main source document; it has a paragraph count of 60. */
  public SourceDocument source() {
    return source;
  }

  /** Returns the world's other source documents, cited for enrichment; unmodifiable. */
  public List<SourceDocument> otherSources() {
    return otherSources;
  }

  /** Returns the world's organizations; unmodifiable, never empty. */
  public List<Organization> organizations() {
    return organizations;
  }

  /** Returns the world's officials; unmodifiable, never empty. */
  public List<Official> officials() {
    return officials;
  }

  /**
   * Returns one event of a random type that references only the world's entities and no other
   * event, as in the messaging case: {@code dossierOf(List.of(event()))} builds.
   *
   * @return a valid event with a fresh id
   */
  public Event event() {
    return nextEvent(false);
  }

  /**
   * Returns a sequence of events in which later events may reference earlier ones.
   * Equal to {@code eventStream(count).collect(toList())}.
   *
   * @param count how many events, at least 0
   * @return the events, in order; unmodifiable
   */
  public List<Event> events(int count) {
    return eventStream(count).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a lazy, ordered sequence of events in which later events may reference earlier ones,
   * generated as the stream is consumed, in constant memory. The stream draws on this generator's
   * state: consume it before calling the generator again, or the sequence changes.
   *
   * @param count how many events, at least 0
   * @return the events
   */
  public Stream<Event> eventStream(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, was " + count);
    }
    recentVisits.clear();
    recentStatements.clear();
    Iterator<Event> it = new Iterator<>() {
      private long left = count;

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public Event next() {
        if (left <= 0) {
          throw new NoSuchElementException();
        }
        left--;
        return nextEvent(true);
      }
    };
    return StreamSupport.stream(Spliterators.spliterator(it, count,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  /**
   * Returns a dossier of the world and a fresh sequence of events; every reference resolves.
   *
   * @param events how many events, at least 0
   * @return the dossier
   */
  public Dossier dossier(int events) {
    return dossierOf(events(events));
  }

  /**
   * Returns a dossier of the world's sources and entities and the given events.
   *
   * @param events events from this generator: a sequence, or lone {@link #event()}s
   * @return the dossier
   * @throws org.statecraft.core.ValidationException if the events do not resolve against this
   *     generator's world, such as events from another generator
   */
  public Dossier dossierOf(List<? extends Event> events) {
    return Dossier.builder()
        .source(source)
        .otherSources(otherSources)
        .organizations(organizations)
        .officials(officials)
        .events(events)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  private Event nextEvent(boolean inSequence) {
    int r = random.nextInt(100);
    EventId id;
    Event event;
    if (r < 45) {
      id = EventId.of("statement-" + (++eventCount));
      event = statement(id, inSequence);
      remember(recentStatements, id, inSequence);
    } else if (r < 65) {
      id = EventId.of("visit-" + (++eventCount));
      event = visit(id);
      remember(recentVisits, id, inSequence);
    } else if (r < 85) {
      event = sanction(EventId.of("sanction-" + (++eventCount)));
    } else {
      event = designationChange(EventId.of("designation-change-" + (++eventCount)), inSequence);
    }
    return event;
  }

  private static void remember(ArrayDeque<EventId> window, EventId id, boolean inSequence) {
    if (inSequence) {
      if (window.size() == WINDOW) {
        window.removeFirst();
      }
      window.addLast(id);
    }
  }

  private Visit visit(EventId id) {
    int visitors = 1 + random.nextInt(3);
    Visit.Builder b = Visit.builder().id(id).when(interval(day(), 0)).place(place());
    Set<ActorRef> visitorSet = new LinkedHashSet<>();
    while (visitorSet.size() < visitors) {
      OfficialId v = pick(officials).id();
      visitorSet.add(v);
    }
    b.visitors(visitorSet);
    Set<ActorRef> hosts = new LinkedHashSet<>();
    int hostCount = random.nextInt(4);
    for (int i = 0; i < hostCount; i++) {
      ActorRef h = random.nextBoolean() ? pick(officials).id() : pick(organizations).id();
      if (!visitorSet.contains(h)) {
        hosts.add(h);
      }
    }
    b.hosts(hosts);
    if (random.nextInt(10) < 7) {
      b.purpose("to discuss " + pick(TOPICS) + " and " + pick(TOPICS) + " with " + describe(pickActor()));
    }
    b.topics(distinct(TOPICS, random.nextInt(5)));
    return b.provenance(provenance(3)).build();
  }

  private Statement statement(EventId id, boolean inSequence) {
    ActorRef speaker = pickActor();
    Statement.Builder b = Statement.builder()
        .id(id)
        .when(interval(day(), 0))
        .speaker(speaker)
        .kind(pick(StatementKind.values()))
        .summary(summary(speaker));
    if (random.nextBoolean()) {
      b.place(place());
    }
    b.addressees(actors(random.nextInt(3)));
    b.subjects(actors(random.nextInt(4)));
    if (inSequence && !recentVisits.isEmpty() && random.nextInt(10) < 3) {
      b.occasion(pick(recentVisits));
    }
    if (inSequence && !recentStatements.isEmpty() && random.nextInt(4) == 0) {
      b.respondsTo(pick(recentStatements));
    }
    return b.provenance(provenance(3)).build();
  }

  private Sanction sanction(EventId id) {
    SanctionStatus status = pick(SanctionStatus.values());
    LocalDate start = day();
    DateInterval when;
    if (status == SanctionStatus.LIFTED) {
      when = DateInterval.of(partial(start), partial(start.plusDays(30 + random.nextInt(1500))));
    } else {
      when = random.nextInt(4) == 0 ? interval(start, 0) : DateInterval.from(partial(start));
    }
    OrganizationId authority = pick(authorities);
    Sanction.Builder b = Sanction.builder()
        .id(id)
        .when(when)
        .authority(authority)
        .status(status)
        .targets(actors(1 + random.nextInt(4)))
        .measures(distinct(List.of(SanctionMeasure.values()), 1 + random.nextInt(4)));
    if (random.nextInt(10) < 6) {
      b.program(pick(PROGRAMS));
    }
    if (random.nextBoolean()) {
      b.legalBasis(legalBasis());
    }
    return b.provenance(provenance(2)).build();
  }

  private DesignationChange designationChange(EventId id, boolean inSequence) {
    DesignationChange.Builder b = DesignationChange.builder()
        .id(id)
        .authority(pick(authorities))
        .listName(pick(LIST_NAMES));
    b.subject(random.nextInt(5) == 0 ? pick(officials).id() : pick(listable))
        .action(pick(DesignationAction.values()));
    List<DesignationStage> stages = new ArrayList<>();
    for (DesignationStage s : List.of(DesignationStage.PROPOSED, DesignationStage.ANNOUNCED,
        DesignationStage.DECIDED, DesignationStage.IN_FORCE)) {
      if (random.nextInt(10) < 5) {
        stages.add(s);
      }
    }
    if (stages.isEmpty() || random.nextInt(8) == 0) {
      stages.add(stages.isEmpty() ? DesignationStage.ANNOUNCED : DesignationStage.REVERSED);
    }
    LocalDate d = day();
    for (DesignationStage stage : stages) {
      DesignationStep.Builder step = DesignationStep.builder().stage(stage);
      if (random.nextInt(5) != 0) {
        LocalDate end = d.plusDays(random.nextInt(3) == 0 ? random.nextInt(20) : 0);
        step.when(interval(d, (int) (end.toEpochDay() - d.toEpochDay())));
        d = end.plusDays(random.nextInt(120));
      }
      if (random.nextBoolean()) {
        step.addProvenance(oneProvenance(true));
      }
      if (inSequence && !recentStatements.isEmpty() && stage != DesignationStage.PROPOSED
          && random.nextBoolean()) {
        step.announcedBy(pick(recentStatements));
      }
      b.addStage(step.build());
    }
    return b.provenance(provenance(2)).build();
  }

  private String summary(ActorRef speaker) {
    StringBuilder sb = new StringBuilder();
    int sentences = 1 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String template = pick(SENTENCES);
      sb.append(template
          .replace("{who}", i == 0 ? describe(speaker) : "The speaker")
          .replace("{other}", describe(pickActor()))
          .replace("{topic}", pick(TOPICS))
          .replace("{topic2}", pick(TOPICS)));
    }
    return sb.toString();
  }

  private String legalBasis() {
    switch (random.nextInt(3)) {
      case 0:
        return "Executive Order " + (13000 + random.nextInt(1200));
      case 1:
        return "Council Regulation (EU) " + (2014 + random.nextInt(11)) + "/" + (100 + random.nextInt(2900));
      default:
        return "Security Council resolution " + (1200 + random.nextInt(1600)) + " (" + (2000 + random.nextInt(25)) + ")";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  private LocalDate day() {
    return FIRST_DAY.plusDays(random.nextInt(DAY_SPAN));
  }

  /**
   * A date at a random precision that contains {@code day}: 70% to the day, 20% to the month, 10%
   * to the year; one in ten approximate.
   */
  private PartialDate partial(LocalDate day) {
    int r = random.nextInt(10);
    PartialDate p = r < 7 ? PartialDate.of(day)
        : r < 9 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
        : PartialDate.ofYear(day.getYear());
    return random.nextInt(10) == 0 ? p.approximately() : p;
  }

  /**
   * An interval around {@code start}: mostly a single date, else a closed interval (ending
   * {@code length} days later, or a random few days if 0), or open at either end. Every form
   * contains a day no earlier than {@code start} and no later than its end, so it never runs
   * backwards.
   */
  private DateInterval interval(LocalDate start, int length) {
    int r = random.nextInt(100);
    if (length > 0 || (r >= 70 && r < 82)) {
      int days = length > 0 ? length : 1 + random.nextInt(10);
      return DateInterval.of(partial(start), partial(start.plusDays(days)));
    }
    if (r < 70) {
      return DateInterval.on(partial(start));
    }
    if (r < 91) {
      return DateInterval.from(partial(start));
    }
    return DateInterval.until(partial(start));
  }

  // ---------------------------------------------------------------------------------------------
  // Provenance and actors

  private List<Provenance> provenance(int max) {
    Set<Provenance> set = new LinkedHashSet<>();
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      set.add(oneProvenance(true));
    }
    return List.copyOf(set);
  }

  /** A provenance; only when {@code attributed} may it be reported or assessed by someone. */
  private Provenance oneProvenance(boolean attributed) {
    boolean main = random.nextInt(5) != 0;
    Provenance.Builder b = Provenance.builder().source(main ? source.id() : pick(otherSources).id());
    if (main) {
      b.paragraph(1 + random.nextInt(MAIN_PARAGRAPHS));
    } else if (random.nextBoolean()) {
      b.paragraph(1 + random.nextInt(30));
    }
    int r = attributed ? random.nextInt(10) : 0;
    if (r < 7) {
      b.basis(Basis.STATED);
    } else if (r < 9) {
      b.basis(Basis.REPORTED).attributedTo(random.nextBoolean() ? pick(media) : pick(groups));
    } else {
      b.basis(Basis.ASSESSED).attributedTo(random.nextBoolean() ? pick(groups) : pick(officials).id());
    }
    return b.build();
  }

  private ActorRef pickActor() {
    int r = random.nextInt(100);
    if (r < 55) {
      return pick(officials).id();
    }
    if (r < 85) {
      return pick(organizations).id();
    }
    return pick(groups);
  }

  private List<ActorRef> actors(int count) {
    Set<ActorRef> set = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      set.add(pickActor());
    }
    return List.copyOf(set);
  }

  private String describe(ActorRef actor) {
    if (actor instanceof OfficialId) {
      return officialName((OfficialId) actor);
    }
    if (actor instanceof OrganizationId) {
      return organizations.stream().filter(o -> o.id().equals(actor)).findFirst()
          .map(Organization::primaryName).orElse(actor.toString());
    }
    return ((UnnamedGroup) actor).description();
  }

  private String officialName(OfficialId id) {
    for (Official o : officials) {
      if (o.id().equals(id)) {
        return o.primaryName();
      }
    }
    return id.value();
  }

  private Place place() {
    String[] p = pick(PLACES);
    Place.Builder b = Place.builder().name(p[0]).country(CountryCode.of(p[1]));
    if (random.nextInt(10) < 6) {
      b.coordinates(Coordinates.of(Double.parseDouble(p[2]), Double.parseDouble(p[3])));
    }
    if (random.nextBoolean()) {
      b.gazetteerId(ExternalId.of(IdScheme.GEONAMES, p[4]));
    }
    return b.build();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private <T> T pick(T[] array) {
    return array[random.nextInt(array.length)];
  }

  private EventId pick(ArrayDeque<EventId> window) {
    int index = random.nextInt(window.size());
    Iterator<EventId> it = window.iterator();
    for (int i = 0; i < index; i++) {
      it.next();
    }
    return it.next();
  }

  private <T> List<T> distinct(List<T> pool, int count) {
    List<T> copy = new ArrayList<>(pool);
    Collections.shuffle(copy, random);
    return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
  }

  // ---------------------------------------------------------------------------------------------
  // The world

  /** Builds the organizations, groups and officials of the world, in a fixed order. */
  private final class World {
    final List<Organization> organizations = new ArrayList<>();
    final List<Official> officials = new ArrayList<>();
    final List<UnnamedGroup> groups = new ArrayList<>();
    final List<OrganizationId> authorities = new ArrayList<>();
    final List<OrganizationId> media = new ArrayList<>();
    final List<OrganizationId> listable = new ArrayList<>();
    final List<List<OrganizationId>> bodiesByCountry = new ArrayList<>();
    int wikidata = 1_000 + random.nextInt(9_000);

    void build() {
      for (String[] c : COUNTRIES) {
        String code = c[0];
        String slug = code.toLowerCase(Locale.ROOT);
        OrganizationId state = OrganizationId.of("state-" + slug);
        organizations.add(organization(state, OrganizationKind.STATE, c[1], c[2], c[3], c[4], code, null));
        OrganizationId ministry = OrganizationId.of("foreign-ministry-" + slug);
        organizations.add(organization(ministry, OrganizationKind.MINISTRY, "Ministry of Foreign Affairs of " + c[1],
            c[5], c[3], c[4], code, state));
        OrganizationId council = OrganizationId.of("security-council-" + slug);
        organizations.add(organization(council, OrganizationKind.GOVERNMENT_BODY, "Security Council of " + c[1],
            null, null, null, code, state));
        authorities.add(state);
        authorities.add(ministry);
        bodiesByCountry.add(List.of(ministry, council, state));
        if (random.nextBoolean()) {
          OrganizationId agency = OrganizationId.of("news-agency-" + slug);
          organizations.add(organization(agency, OrganizationKind.MEDIA, c[1] + " State News Agency",
              null, null, null, code, null));
          media.add(agency);
        }
        groups.add(UnnamedGroup.of(c[1] + " officials", state));
        groups.add(UnnamedGroup.of(c[1] + " media", state));
      }
      OrganizationId un = OrganizationId.of("united-nations");
      organizations.add(organization(un, OrganizationKind.INTERNATIONAL_ORGANIZATION, "United Nations",
          "Организация Объединённых Наций", "ru", "Cyrl", null, null));
      authorities.add(un);
      OrganizationId wire = OrganizationId.of("synthetic-wire-service");
      organizations.add(organization(wire, OrganizationKind.MEDIA, "Synthetic Wire Service", null, null, null, null, null));
      media.add(wire);
      for (String[] m : MOVEMENTS) {
        OrganizationId id = OrganizationId.of(m[0]);
        organizations.add(organization(id, OrganizationKind.valueOf(m[1]), m[2], m[3], m[4], m[5], m[6], null));
        listable.add(id);
        groups.add(UnnamedGroup.of(m[2] + " officials", id));
      }
      groups.add(UnnamedGroup.of("analysts"));
      groups.add(UnnamedGroup.of("diplomatic sources"));
      groups.add(UnnamedGroup.of("regional security experts"));
      for (int i = 0; i < 40; i++) {
        officials.add(official(i));
      }
    }

    Organization organization(OrganizationId id, OrganizationKind kind, String name, String local,
        String language, String script, String country, OrganizationId parent) {
      Organization.Builder b = Organization.builder().id(id).kind(kind)
          .addName(Name.builder().text(name).kind(NameKind.PRIMARY).language(LanguageTag.of("en")).build());
      if (local != null) {
        b.addName(Name.builder().text(local).kind(NameKind.ALIAS)
            .language(LanguageTag.of(language)).script(Script.of(script)).build());
      }
      if (country != null) {
        b.country(CountryCode.of(country));
      }
      if (parent != null) {
        b.parent(parent);
      }
      if (random.nextInt(3) != 0) {
        b.addExternalId(ExternalId.wikidata("Q" + (wikidata += 1 + random.nextInt(50_000))));
      }
      if (random.nextBoolean()) {
        b.addProvenance(oneProvenance(false));
      }
      return b.build();
    }

    Official official(int index) {
      int countryIndex = random.nextInt(COUNTRIES.length);
      String[] country = COUNTRIES[countryIndex];
      String[][][] pool = NAMES[countryIndex];
      boolean female = random.nextInt(3) == 0;
      String[] first = pick(female ? pool[1] : pool[0]);
      String[] last = pick(pool[2]);
      boolean surnameFirst = "CN".equals(country[0]);
      String lastLatin = female && "RU".equals(country[0]) ? last[0] + "a" : last[0];
      String lastLocal = female && "RU".equals(country[0]) ? last[1] + "а" : last[1];
      String latin = surnameFirst ? lastLatin + " " + first[0] : first[0] + " " + lastLatin;
      String local = surnameFirst ? lastLocal + first[1] : first[1] + " " + lastLocal;
      OfficialId id = OfficialId.of(slug(latin) + "-" + (index + 1));
      Official.Builder b = Official.builder().id(id)
          .addName(Name.builder().text(latin).kind(NameKind.PRIMARY).build());
      if (!local.equals(latin)) {
        b.addName(Name.builder().text(local).kind(NameKind.ALIAS)
            .language(LanguageTag.of(country[3])).script(Script.of(country[4])).build());
      }
      if (first.length > 2) {
        String variant = surnameFirst ? lastLatin + " " + first[2] : first[2] + " " + lastLatin;
        b.addName(Name.builder().text(variant).kind(NameKind.TRANSLITERATION)
            .language(LanguageTag.of(country[3] + "-Latn")).script(Script.LATIN).build());
      }
      b.addNationality(CountryCode.of(country[0]));
      List<OrganizationId> bodies = bodiesByCountry.get(countryIndex);
      int positions = 1 + random.nextInt(3);
      LocalDate start = LocalDate.of(1996, 1, 1).plusDays(random.nextInt(9_000));
      for (int p = 0; p < positions; p++) {
        boolean isLast = p == positions - 1;
        LocalDate end = start.plusDays(200 + random.nextInt(2_000));
        PositionStatus status = isLast ? (random.nextInt(5) == 0 ? PositionStatus.ACTING : PositionStatus.CURRENT)
            : PositionStatus.FORMER;
        DateInterval term = isLast ? DateInterval.from(partial(start)) : DateInterval.of(partial(start), partial(end));
        Position.Builder pos = Position.builder()
            .title(pick(TITLES))
            .organization(bodies.get(random.nextInt(bodies.size())))
            .term(random.nextInt(8) == 0 ? DateInterval.unbounded() : term)
            .status(status);
        if (random.nextBoolean()) {
          pos.addProvenance(oneProvenance(false));
        }
        b.addPosition(pos.build());
        start = end.plusDays(1 + random.nextInt(60));
      }
      if (random.nextInt(4) != 0) {
        b.addExternalId(ExternalId.wikidata("Q" + (wikidata += 1 + random.nextInt(50_000))));
      }
      if (random.nextInt(4) == 0) {
        b.addExternalId(ExternalId.of(IdScheme.OPENSANCTIONS, "syn-" + slug(latin) + "-" + (index + 1)));
      }
      if ("AF".equals(country[0]) && random.nextBoolean()) {
        b.addExternalId(ExternalId.unSanctions(String.format(Locale.ROOT, "TAi.%03d", 100 + index)));
      }
      b.addProvenance(oneProvenance(false));
      return b.build();
    }
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  // ---------------------------------------------------------------------------------------------
  // Vocabulary. Invented data: combinations of common given names and surnames, generic titles.

  /** Code, English name, local name, language, script, local name of the foreign ministry. */
  private static final String[][] COUNTRIES = {
    {"RU", "Russia", "Россия", "ru", "Cyrl", "Министерство иностранных дел России"},
    {"AF", "Afghanistan", "افغانستان", "prs", "Arab", "وزارت امور خارجه افغانستان"},
    {"US", "United States", "United States of America", "en", "Latn", null},
    {"CN", "China", "中国", "zh", "Hans", "中华人民共和国外交部"},
    {"QA", "Qatar", "قطر", "ar", "Arab", "وزارة الخارجية القطرية"},
    {"PK", "Pakistan", "پاکستان", "ur", "Arab", null},
    {"KZ", "Kazakhstan", "Қазақстан", "kk", "Cyrl", null},
    {"IN", "India", "भारत", "hi", "Deva", null},
  };

  /**
   * Per country (same order as {@link #COUNTRIES}): male given names, female given names,
   * surnames; each as {Latin, local script, optional alternative transliteration}.
   */
  private static final String[][][][] NAMES = {
    { // RU
      {{"Sergei", "Сергей", "Sergey"}, {"Dmitri", "Дмитрий", "Dmitry"}, {"Nikolai", "Николай", "Nikolay"},
       {"Andrei", "Андрей", "Andrey"}, {"Mikhail", "Михаил"}, {"Pavel", "Павел"}},
      {{"Yelena", "Елена", "Elena"}, {"Olga", "Ольга"}, {"Anna", "Анна"}, {"Tatiana", "Татьяна", "Tatyana"}},
      {{"Petrov", "Петров"}, {"Volkov", "Волков"}, {"Smirnov", "Смирнов"}, {"Orlov", "Орлов"},
       {"Morozov", "Морозов"}, {"Lebedev", "Лебедев"}, {"Kozlov", "Козлов"}, {"Belov", "Белов"}}
    },
    { // AF
      {{"Ahmad", "احمد", "Ahmed"}, {"Mohammad", "محمد", "Muhammad"}, {"Karim", "کریم"}, {"Rahim", "رحیم"},
       {"Farid", "فرید"}, {"Nasir", "ناصر", "Naser"}},
      {{"Zarifa", "ظریفه"}, {"Mariam", "مریم", "Maryam"}, {"Farzana", "فرزانه"}},
      {{"Rahmani", "رحمانی"}, {"Karimi", "کریمی"}, {"Sadiqi", "صدیقی"}, {"Nazari", "نظری"},
       {"Hashimi", "هاشمی"}, {"Wardak", "وردک"}}
    },
    { // US
      {{"John", "John"}, {"Robert", "Robert"}, {"James", "James"}, {"Michael", "Michael"}},
      {{"Mary", "Mary"}, {"Susan", "Susan"}, {"Linda", "Linda"}, {"Karen", "Karen"}},
      {{"Carter", "Carter"}, {"Hughes", "Hughes"}, {"Bennett", "Bennett"}, {"Foster", "Foster"},
       {"Reed", "Reed"}, {"Palmer", "Palmer"}}
    },
    { // CN: surname first
      {{"Wei", "伟"}, {"Lei", "磊"}, {"Jun", "军"}, {"Qiang", "强"}},
      {{"Fang", "芳"}, {"Min", "敏"}, {"Jing", "静"}},
      {{"Wang", "王"}, {"Li", "李"}, {"Zhang", "张"}, {"Liu", "刘"}, {"Chen", "陈"}}
    },
    { // QA
      {{"Khalid", "خالد", "Khaled"}, {"Hamad", "حمد"}, {"Saad", "سعد"}, {"Yousef", "يوسف", "Yusuf"}},
      {{"Fatima", "فاطمة", "Fatma"}, {"Noora", "نورة", "Noura"}},
      {{"Al-Mansouri", "المنصوري"}, {"Al-Kuwari", "الكواري"}, {"Al-Sulaiti", "السليطي"}, {"Al-Marri", "المري"}}
    },
    { // PK
      {{"Imran", "عمران"}, {"Bilal", "بلال"}, {"Asif", "آصف"}, {"Tariq", "طارق", "Tarik"}},
      {{"Ayesha", "عائشہ", "Aisha"}, {"Sana", "ثنا"}},
      {{"Qureshi", "قریشی"}, {"Malik", "ملک"}, {"Chaudhry", "چودھری"}, {"Siddiqui", "صدیقی"}}
    },
    { // KZ
      {{"Nurlan", "Нұрлан"}, {"Yerlan", "Ерлан", "Erlan"}, {"Askar", "Асқар"}, {"Daniyar", "Данияр"}},
      {{"Aigerim", "Әйгерім"}, {"Dana", "Дана"}},
      {{"Seitkali", "Сейтқали"}, {"Abenov", "Әбенов"}, {"Zhakupov", "Жақыпов"}, {"Tokayev", "Тоқаев", "Tokaev"}}
    },
    { // IN
      {{"Rahul", "राहुल"}, {"Arjun", "अर्जुन"}, {"Vikram", "विक्रम"}, {"Sanjay", "संजय"}},
      {{"Priya", "प्रिया"}, {"Anjali", "अंजलि"}},
      {{"Sharma", "शर्मा"}, {"Verma", "वर्मा"}, {"Iyer", "अय्यर"}, {"Menon", "मेनन"}}
    },
  };

  /** Id, kind, English name, local name, language, script, country of the non-state actors. */
  private static final String[][] MOVEMENTS = {
    {"northern-front", "ARMED_GROUP", "Northern Front", "جبهه شمال", "prs", "Arab", "AF"},
    {"movement-for-unity", "POLITICAL_MOVEMENT", "Movement for Unity", "نهضت وحدت", "prs", "Arab", "AF"},
    {"mountain-province-brigade", "ARMED_GROUP", "Mountain Province Brigade", null, null, null, null},
    {"steppe-solidarity-party", "POLITICAL_MOVEMENT", "Steppe Solidarity Party", "Дала ынтымағы партиясы", "kk", "Cyrl", "KZ"},
    {"eastern-trading-company", "COMPANY", "Eastern Trading Company", "Восточная торговая компания", "ru", "Cyrl", "RU"},
    {"relief-without-borders", "NON_GOVERNMENTAL_ORGANIZATION", "Relief Without Borders", null, null, null, null},
  };

  private static final String[][] PLACES = {
    {"Kabul", "AF", "34.52813", "69.17233", "1138958"},
    {"Kandahar", "AF", "31.61332", "65.71013", "1138336"},
    {"Herat", "AF", "34.34817", "62.19967", "1139271"},
    {"Moscow", "RU", "55.75222", "37.61556", "524901"},
    {"Kazan", "RU", "55.78874", "49.12214", "551487"},
    {"Washington", "US", "38.89511", "-77.03637", "4140963"},
    {"New York", "US", "40.71427", "-74.00597", "5128581"},
    {"Beijing", "CN", "39.9075", "116.39723", "1816670"},
    {"Doha", "QA", "25.28545", "51.53096", "290030"},
    {"Islamabad", "PK", "33.72148", "73.04329", "1176615"},
    {"Astana", "KZ", "51.1801", "71.44598", "1526273"},
    {"New Delhi", "IN", "28.63576", "77.22445", "1261481"},
    {"Geneva", "CH", "46.20222", "6.14569", "2660646"},
    {"Tashkent", "UZ", "41.26465", "69.21627", "1512569"},
  };

  private static final List<String> TOPICS = List.of(
      "regional security", "trade corridors", "humanitarian aid", "counter-terrorism cooperation",
      "energy supplies", "frozen central bank assets", "border management", "the return of refugees",
      "water sharing", "mining concessions", "rail links", "narcotics control", "wheat exports",
      "aviation safety", "visa arrangements", "reconstruction funding", "banking channels");

  private static final List<String> SENTENCES = List.of(
      "{who} said that the government is ready to deepen cooperation on {topic}.",
      "{who} called on {other} to lift restrictions that hamper {topic}.",
      "{who} stressed the urgent need for international support for {topic} and {topic2}.",
      "{who} announced plans to open talks with {other} on {topic}.",
      "{who} warned that a failure to agree on {topic} would harm {topic2} across the region.",
      "{who} offered to host a meeting on {topic} early next year.",
      "{who} restated a commitment to {topic}, saying that progress on {topic2} depends on it.",
      "{who} assessed that the engagement of {other} is driven as much by {topic} as by {topic2}.",
      "{who} denied reports that talks with {other} on {topic} had stalled.",
      "{who} condemned the decision of {other} on {topic}.");

  private static final List<String> TITLES = List.of(
      "Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs", "Secretary of the Security Council",
      "Deputy Secretary of the Security Council", "Spokesperson", "Special Envoy", "Head of State",
      "Deputy Prime Minister for Economic Affairs", "Director of the Department of Asian Affairs",
      "Ambassador at Large");

  private static final List<String> PROGRAMS = List.of(
      "Counter-terrorism sanctions", "Regional stability sanctions", "Non-proliferation sanctions",
      "Human rights sanctions", "Narcotics trafficking sanctions");

  private static final List<String> LIST_NAMES = List.of(
      "list of banned organizations", "consolidated list of terrorist organizations",
      "list of foreign agents", "register of extremist organizations");
}
