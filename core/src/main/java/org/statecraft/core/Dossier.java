package org.statecraft.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Everything drawn from one source document: the document itself ({@link #source()}), any other
 * sources cited for enrichment, and the {@link Official officials}, {@link Organization
 * organizations} and {@link Event events} it speaks of.
 *
 * <h2>Integrity</h2>
 * Building a dossier checks, and reports all at once with paths such as
 * {@code events[3].visitors[0]}:
 * <ul>
 *   <li>identifiers are unique: no two sources, no two events, and no two entities (officials and
 *       organizations together) share one ({@link ViolationCode#DUPLICATE_ID}); the violation is
 *       reported at the repeat, taking officials before organizations;</li>
 *   <li>every reference resolves ({@link ViolationCode#DANGLING_REFERENCE}) to something of the
 *       right kind ({@link ViolationCode#WRONG_KIND_REFERENCE}): an {@link OfficialId} to an
 *       official, an {@link OrganizationId} to an organization, a statement's
 *       {@link Statement#respondsTo()} and a step's {@link DesignationStep#announcedBy()} to a
 *       statement, every {@link Provenance#source()} to a source of this dossier;</li>
 *   <li>parent organizations form no cycle ({@link ViolationCode#CYCLE});</li>
 *   <li>cited paragraphs lie within their source's {@link SourceDocument#paragraphCount()}.</li>
 * </ul>
 *
 * <h2>Queries</h2>
 * {@link #timeline()}, {@link #eventsInvolving(ActorRef)}, {@link #sanctionsInForceOn(LocalDate)}
 * and {@link #designationStatus(OrganizationId, ActorRef, LocalDate)}, plus look-ups by id. A null
 * argument to a query fails with a {@link ValidationException} ({@link ViolationCode#REQUIRED})
 * naming the parameter.
 *
 * <p>Lists may be empty but are never null. This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dossier {

  /**
   * The order of {@link #timeline()}: by each event's {@link DateInterval#anchor() anchor date}
   * (its start if known, else its end) in {@link PartialDate#TIMELINE_ORDER}, then by end date;
   * events with no known date come last. The sort is stable: ties keep the dossier's order.
   */
  public static final Comparator<Event> TIMELINE_ORDER = Comparator
      .comparing((Event e) -> e.when().anchor(), Comparator.comparing(
          (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(PartialDate.TIMELINE_ORDER)))
      .thenComparing((Event e) -> e.when().end(), Comparator.comparing(
          (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(PartialDate.TIMELINE_ORDER)));

  Dossier() {}

  /**
   * Returns the document this dossier is drawn from.
   *
   * @return the source document; its id is shared by none of {@link #otherSources()}
   */
  public abstract SourceDocument source();

  /**
   * Returns other documents cited for facts that enrich this one, such as external identifiers.
   *
   * @return the other sources in the order given, no two with the same id; may be empty
   */
  public abstract List<SourceDocument> otherSources();

  /**
   * Returns the officials the document speaks of.
   *
   * @return the officials in the order given, each id used once among officials and
   *     organizations; may be empty
   */
  public abstract List<Official> officials();

  /**
   * Returns the organizations the document speaks of.
   *
   * @return the organizations in the order given, each id used once among officials and
   *     organizations; may be empty
   */
  public abstract List<Organization> organizations();

  /**
   * Returns the events, in the order the author gave.
   *
   * @return the events in the order given, not by date (see {@link #timeline()}), no two with
   *     the same id; may be empty
   */
  public abstract List<Event> events();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Lazy
  Map<OfficialId, Official> officialIndex() {
    return officials().stream().collect(Collectors.toUnmodifiableMap(Official::id, Function.identity()));
  }

  @Value.Lazy
  Map<OrganizationId, Organization> organizationIndex() {
    return organizations().stream().collect(Collectors.toUnmodifiableMap(Organization::id, Function.identity()));
  }

  @Value.Lazy
  Map<EventId, Event> eventIndex() {
    return events().stream().collect(Collectors.toUnmodifiableMap(Event::id, Function.identity()));
  }

  @Value.Lazy
  List<Event> sortedEvents() {
    List<Event> sorted = new ArrayList<>(events());
    sorted.sort(TIMELINE_ORDER);
    return List.copyOf(sorted);
  }

  /**
   * Returns the official with the given id.
   *
   * @param id the id
   * @return the official, or empty if there is none
   */
  public final Optional<Official> official(OfficialId id) {
    Checks.nonNull(id, "id");
    return Optional.ofNullable(officialIndex().get(id));
  }

  /**
   * Returns the organization with the given id.
   *
   * @param id the id
   * @return the organization, or empty if there is none
   */
  public final Optional<Organization> organization(OrganizationId id) {
    Checks.nonNull(id, "id");
    return Optional.ofNullable(organizationIndex().get(id));
  }

  /**
   * Returns the event with the given id.
   *
   * @param id the id
   * @return the event, or empty if there is none
   */
  public final Optional<Event> event(EventId id) {
    Checks.nonNull(id, "id");
    return Optional.ofNullable(eventIndex().get(id));
  }

  /**
   * Returns the event with the given id if it is of the given type.
   *
   * @param id the id
   * @param type the event class, such as {@code Visit.class}
   * @param <T> the event type
   * @return the event, or empty if there is none of that type
   */
  public final <T extends Event> Optional<T> event(EventId id, Class<T> type) {
    Checks.nonNull(type, "type");
    return event(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns the events of one type, in timeline order.
   *
   * @param type the event class, such as {@code Statement.class}
   * @param <T> the event type
   * @return the events; unmodifiable
   */
  public final <T extends Event> List<T> events(Class<T> type) {
    Checks.nonNull(type, "type");
    return sortedEvents().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every event in date order: see {@link #TIMELINE_ORDER}.
   *
   * @return the events; unmodifiable
   */
  public final List<Event> timeline() {
    return sortedEvents();
  }

  /**
   * Returns the events an actor takes part in, in timeline order: as visitor or host, speaker,
   * addressee or subject of a statement, authority or target of a sanction, authority or subject
   * of a designation change. An organization also takes part through any {@link UnnamedGroup}
   * affiliated with it ("Taliban officials" for the Taliban). Being the source that reported an
   * event is not taking part.
   *
   * @param actor the official, organization or group
   * @return the events; unmodifiable
   */
  public final List<Event> eventsInvolving(ActorRef actor) {
    Checks.nonNull(actor, "actor");
    return sortedEvents().stream()
        .filter(e -> Actors.of(e).stream().anyMatch(a -> involves(a, actor)))
        .collect(Collectors.toUnmodifiableList());
  }

  private static boolean involves(ActorRef candidate, ActorRef actor) {
    if (candidate.equals(actor)) {
      return true;
    }
    return candidate instanceof UnnamedGroup && actor instanceof OrganizationId
        && ((UnnamedGroup) candidate).affiliation().equals(Optional.of((OrganizationId) actor));
  }

  /**
   * Returns the sanctions certainly in force on the given day ({@link Sanction#inForceOn(LocalDate)}
   * answers {@code YES}), in timeline order.
   *
   * @param day the day
   * @return the sanctions; unmodifiable
   */
  public final List<Sanction> sanctionsInForceOn(LocalDate day) {
    Checks.nonNull(day, "day");
    return events(Sanction.class).stream()
        .filter(s -> s.inForceOn(day) == Answer.YES)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns where a subject stands on an authority's list on a day: among the designation changes
   * of that authority about that subject, the step most recently reached on or before the day
   * (see {@link DesignationChange#stepOn(LocalDate)}), compared by the latest date each step may
   * have been reached; on a tie, the change later in {@link #timeline()} wins.
   *
   * @param authority the authority whose list is asked about
   * @param subject the listed or delisted subject
   * @param day the day
   * @return the status, or empty if no change about the subject had certainly reached a stage
   */
  public final Optional<DesignationStatus> designationStatus(OrganizationId authority, ActorRef subject, LocalDate day) {
    Checks.nonNull(authority, "authority");
    Checks.nonNull(subject, "subject");
    Checks.nonNull(day, "day");
    DesignationStatus best = null;
    PartialDate bestReached = null;
    for (DesignationChange change : events(DesignationChange.class)) {
      if (!change.authority().equals(authority) || !change.subject().equals(subject)) {
        continue;
      }
      Optional<DesignationStep> step = change.stepOn(day);
      if (step.isPresent()) {
        // stepOn only returns steps whose interval has an end
        PartialDate reached = step.get().when().flatMap(DateInterval::end).orElseThrow();
        if (best == null || PartialDate.TIMELINE_ORDER.compare(reached, bestReached) >= 0) {
          best = new DesignationStatus(change, step.get());
          bestReached = reached;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Value.Check
  final void check() {
    // The cross-reference checks need every part: a missing source or a null element is
    // reported on its own.
    Checks parts = new Checks();
    parts.required(source(), "source");
    parts.noNulls(otherSources(), "otherSources");
    parts.noNulls(officials(), "officials");
    parts.noNulls(organizations(), "organizations");
    parts.noNulls(events(), "events");
    parts.throwIfAny();
    new Integrity(this).run();
  }

  /** Builds a {@link Dossier}. Not thread-safe; {@code build()} checks every rule at once. */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }

  /** The cross-reference checks, in one pass per list. */
  private static final class Integrity {
    private final Dossier d;
    private final Checks checks = new Checks();
    private final Map<String, Official> officials = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();
    private final Map<String, SourceDocument> sources = new HashMap<>();
    /**
     * The path of the value being checked, as segments: a property name (or null) and an index
     * (or -1) each; see {@link #enter(String)}.
     */
    private @Nullable String[] names = new String[8];
    private int[] indexes = new int[8];
    private int depth;

    Integrity(Dossier d) {
      this.d = d;
    }

    void run() {
      indexSources();
      // In dossier order (officials, then organizations): a duplicate is reported where it repeats.
      for (int i = 0; i < d.officials().size(); i++) {
        Official o = d.officials().get(i);
        if (officials.putIfAbsent(o.id().value(), o) != null) {
          checks.add("officials[" + i + "].id", ViolationCode.DUPLICATE_ID, "another official already has the id " + o.id());
        }
      }
      for (int i = 0; i < d.organizations().size(); i++) {
        Organization o = d.organizations().get(i);
        // indexed even when an official has the id, so that references to it by OrganizationId
        // do not repeat the problem as wrong-kind references
        boolean repeated = organizations.putIfAbsent(o.id().value(), o) != null;
        if (officials.containsKey(o.id().value())) {
          checks.add("organizations[" + i + "].id", ViolationCode.DUPLICATE_ID, "an official already has the id " + o.id());
        } else if (repeated) {
          checks.add("organizations[" + i + "].id", ViolationCode.DUPLICATE_ID, "another organization already has the id " + o.id());
        }
      }
      for (int i = 0; i < d.events().size(); i++) {
        Event e = d.events().get(i);
        if (events.putIfAbsent(e.id().value(), e) != null) {
          checks.add("events[" + i + "].id", ViolationCode.DUPLICATE_ID, "another event already has the id " + e.id());
        }
      }
      for (int i = 0; i < d.organizations().size(); i++) {
        int mark = enter("organizations", i);
        checkOrganization(d.organizations().get(i));
        leave(mark);
      }
      for (int i = 0; i < d.officials().size(); i++) {
        int mark = enter("officials", i);
        checkOfficial(d.officials().get(i));
        leave(mark);
      }
      for (int i = 0; i < d.events().size(); i++) {
        int mark = enter("events", i);
        checkEvent(d.events().get(i));
        leave(mark);
      }
      checks.throwIfAny();
    }

    // The path of the value being checked is kept as segments, entered and left as the checks
    // descend, and turned into a string only for a violation: most dossiers have none.

    /** Appends {@code .name} (or {@code name} at the start) to the path; returns the depth to go back to. */
    private int enter(String name) {
      return push(name, -1);
    }

    /** Appends {@code .name[index]}; returns the depth to go back to. */
    private int enter(String name, int index) {
      return push(name, index);
    }

    /** Appends {@code [index]}; returns the depth to go back to. */
    private int enter(int index) {
      return push(null, index);
    }

    private int push(@Nullable String name, int index) {
      if (depth == names.length) {
        names = Arrays.copyOf(names, depth * 2);
        indexes = Arrays.copyOf(indexes, depth * 2);
      }
      names[depth] = name;
      indexes[depth] = index;
      return depth++;
    }

    private void leave(int mark) {
      depth = mark;
    }

    /** The current path, such as {@code events[3].visitors[0]}. */
    private String path() {
      StringBuilder sb = new StringBuilder(64);
      for (int k = 0; k < depth; k++) {
        if (names[k] != null) {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(names[k]);
        }
        if (indexes[k] >= 0) {
          sb.append('[').append(indexes[k]).append(']');
        }
      }
      return sb.toString();
    }

    /** The current path with {@code .name} appended. */
    private String at(String name) {
      return depth == 0 ? name : path() + "." + name;
    }

    private void indexSources() {
      List<SourceDocument> all = new ArrayList<>();
      all.add(d.source());
      all.addAll(d.otherSources());
      for (int i = 0; i < all.size(); i++) {
        SourceDocument s = all.get(i);
        if (sources.putIfAbsent(s.id().value(), s) != null) {
          checks.add((i == 0 ? "source" : "otherSources[" + (i - 1) + "]") + ".id", ViolationCode.DUPLICATE_ID,
              "another source already has the id " + s.id());
        }
      }
    }

    private void checkOrganization(Organization o) {
      if (o.parent().isPresent()) {
        int mark = enter("parent");
        boolean resolved = organization(o.parent().get());
        leave(mark);
        if (resolved) {
          Set<OrganizationId> seen = new HashSet<>();
          seen.add(o.id());
          Optional<OrganizationId> next = o.parent();
          while (next.isPresent()) {
            if (!seen.add(next.get())) {
              checks.add(at("parent"), ViolationCode.CYCLE, "the chain of parents leads back to " + next.get());
              break;
            }
            Organization parent = organizations.get(next.get().value());
            next = parent == null ? Optional.empty() : parent.parent();
          }
        }
      }
      provenance(o.provenance());
    }

    private void checkOfficial(Official o) {
      for (int j = 0; j < o.positions().size(); j++) {
        Position p = o.positions().get(j);
        int mark = enter("positions", j);
        int inner = enter("organization");
        organization(p.organization());
        leave(inner);
        provenance(p.provenance());
        leave(mark);
      }
      provenance(o.provenance());
    }

    private void checkEvent(Event e) {
      provenance(e.provenance());
      if (e instanceof Visit) {
        Visit v = (Visit) e;
        actors(v.visitors(), "visitors");
        actors(v.hosts(), "hosts");
      } else if (e instanceof Statement) {
        Statement s = (Statement) e;
        int mark = enter("speaker");
        actor(s.speaker());
        leave(mark);
        actors(s.addressees(), "addressees");
        actors(s.subjects(), "subjects");
        if (s.occasion().isPresent()) {
          mark = enter("occasion");
          event(s.occasion().get(), null);
          leave(mark);
        }
        if (s.respondsTo().isPresent()) {
          mark = enter("respondsTo");
          event(s.respondsTo().get(), EventType.STATEMENT);
          leave(mark);
        }
      } else if (e instanceof Sanction) {
        Sanction s = (Sanction) e;
        int mark = enter("authority");
        organization(s.authority());
        leave(mark);
        actors(s.targets(), "targets");
      } else if (e instanceof DesignationChange) {
        DesignationChange c = (DesignationChange) e;
        int mark = enter("authority");
        organization(c.authority());
        leave(mark);
        mark = enter("subject");
        actor(c.subject());
        leave(mark);
        for (int k = 0; k < c.stages().size(); k++) {
          DesignationStep step = c.stages().get(k);
          mark = enter("stages", k);
          if (step.announcedBy().isPresent()) {
            int inner = enter("announcedBy");
            event(step.announcedBy().get(), EventType.STATEMENT);
            leave(inner);
          }
          provenance(step.provenance());
          leave(mark);
        }
      }
    }

    /** Checks the provenance list of the value at the current path. */
    private void provenance(List<Provenance> list) {
      for (int i = 0; i < list.size(); i++) {
        Provenance p = list.get(i);
        int mark = enter("provenance", i);
        SourceDocument source = sources.get(p.source().value());
        if (source == null) {
          checks.add(at("source"), ViolationCode.DANGLING_REFERENCE, "no source of this dossier has the id " + p.source());
        } else {
          OptionalInt count = source.paragraphCount();
          if (count.isPresent() && p.paragraph().isPresent() && p.paragraph().getAsInt() > count.getAsInt()) {
            checks.add(at("paragraph"), ViolationCode.OUT_OF_RANGE, "source " + p.source() + " has "
                + count.getAsInt() + " paragraphs, not " + p.paragraph().getAsInt());
          }
        }
        if (p.attributedTo().isPresent()) {
          int inner = enter("attributedTo");
          actor(p.attributedTo().get());
          leave(inner);
        }
        leave(mark);
      }
    }

    private void actors(List<ActorRef> list, String name) {
      int mark = enter(name);
      for (int i = 0; i < list.size(); i++) {
        int inner = enter(i);
        actor(list.get(i));
        leave(inner);
      }
      leave(mark);
    }

    /** Checks the actor at the current path. */
    private void actor(ActorRef ref) {
      if (ref instanceof OfficialId) {
        String id = ((OfficialId) ref).value();
        if (!officials.containsKey(id)) {
          entityMissing(id, "official");
        }
      } else if (ref instanceof OrganizationId) {
        organization((OrganizationId) ref);
      } else if (ref instanceof UnnamedGroup && ((UnnamedGroup) ref).affiliation().isPresent()) {
        int mark = enter("affiliation");
        organization(((UnnamedGroup) ref).affiliation().get());
        leave(mark);
      }
    }

    /** Checks the organization reference at the current path. */
    private boolean organization(OrganizationId ref) {
      if (!organizations.containsKey(ref.value())) {
        entityMissing(ref.value(), "organization");
        return false;
      }
      return true;
    }

    private void entityMissing(String id, String expected) {
      String path = path();
      if (officials.containsKey(id) || organizations.containsKey(id)) {
        String actual = officials.containsKey(id) ? "official" : "organization";
        checks.add(path, ViolationCode.WRONG_KIND_REFERENCE, "'" + id + "' is an " + actual + ", not an " + expected);
      } else if (events.containsKey(id)) {
        checks.add(path, ViolationCode.WRONG_KIND_REFERENCE, "'" + id + "' is an event, not an " + expected);
      } else {
        checks.add(path, ViolationCode.DANGLING_REFERENCE, "no " + expected + " in this dossier has the id " + id);
      }
    }

    /** Checks the event reference at the current path. */
    private void event(EventId ref, EventType expected) {
      Event target = events.get(ref.value());
      if (target == null) {
        if (officials.containsKey(ref.value()) || organizations.containsKey(ref.value())) {
          checks.add(path(), ViolationCode.WRONG_KIND_REFERENCE, "'" + ref + "' is an entity, not an event");
        } else {
          checks.add(path(), ViolationCode.DANGLING_REFERENCE, "no event in this dossier has the id " + ref);
        }
      } else if (expected != null && target.type() != expected) {
        checks.add(path(), ViolationCode.WRONG_KIND_REFERENCE, "'" + ref + "' is a " + Actors.word(target.type())
            + ", not a " + Actors.word(expected));
      }
    }
  }
}
