package org.statecraft.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.testing.RandomModels;

/**
 * One input of the benchmarks: the same content as Statecraft values, as {@link PlainModel}
 * values for the baselines, and as the canonical JSON bytes that every decoder reads.
 *
 * <p>The workloads, selected by the JMH parameter {@code workload}:
 * <ul>
 *   <li>{@code kabul}: the Kabul dossier (a dossier document);</li>
 *   <li>{@code event}: one small statement of the Kabul dossier as a single-event document, the
 *       messaging case;</li>
 *   <li>{@code dossier-10k}: a dossier document of 10,000 generated events, the largest size under
 *       the reader's 16 MiB document limit, so that the cross-reference checks are measured at
 *       scale;</li>
 *   <li>{@code corpus-1k}, {@code corpus-10k}, {@code corpus-100k}: NDJSON streams of 1,000,
 *       10,000 and 100,000 generated events, one single-event document per line.</li>
 * </ul>
 * Every synthetic workload is made by {@link RandomModels} with seed {@value #SEED}: the same
 * seed gives the same bytes. Immutable once built; the arrays are shared, never modified.
 */
public final class Workload {

  /** The seed of every synthetic workload. */
  public static final long SEED = 20241125L;

  /** Every workload name, in the order of the results table. */
  public static final List<String> NAMES =
      List.of("event", "kabul", "dossier-10k", "corpus-1k", "corpus-10k", "corpus-100k");

  /** The shape of a workload's document. */
  public enum Kind {
    /** One dossier document. */
    DOSSIER,
    /** One single-event document. */
    EVENT,
    /** An NDJSON stream of single-event documents. */
    STREAM
  }

  private final String name;
  private final Kind kind;
  private final Dossier dossier;
  private final List<Event> events;
  private final Object plain;
  private final byte[] json;

  private Workload(String name, Kind kind, Dossier dossier, List<Event> events) {
    this.name = name;
    this.kind = kind;
    this.dossier = dossier;
    this.events = events;
    switch (kind) {
      case DOSSIER:
        this.plain = PlainMapping.dossier(dossier);
        this.json = Fixtures.canonical(dossier);
        break;
      case EVENT:
        this.plain = PlainMapping.event(events.get(0));
        this.json = Fixtures.canonical(events.get(0));
        break;
      default:
        List<PlainModel.Event> plainEvents = new ArrayList<>(events.size());
        for (Event e : events) {
          plainEvents.add(PlainMapping.event(e));
        }
        this.plain = plainEvents;
        this.json = Fixtures.ndjson(events);
    }
  }

  /**
   * Builds a workload.
   *
   * @param name one of {@link #NAMES}
   * @return the workload
   * @throws IllegalArgumentException if the name is unknown
   */
  public static Workload of(String name) {
    switch (name) {
      case "kabul":
        return new Workload(name, Kind.DOSSIER, Fixtures.kabulDossier(), null);
      case "event":
        return new Workload(name, Kind.EVENT, null, List.of(Fixtures.smallEvent()));
      case "dossier-10k":
        return new Workload(name, Kind.DOSSIER, new RandomModels(SEED).dossier(10_000), null);
      case "corpus-1k":
        return stream(name, 1_000);
      case "corpus-10k":
        return stream(name, 10_000);
      case "corpus-100k":
        return stream(name, 100_000);
      default:
        throw new IllegalArgumentException("unknown workload '" + name + "'; known: " + NAMES);
    }
  }

  private static Workload stream(String name, int count) {
    return new Workload(name, Kind.STREAM, null, new RandomModels(SEED).events(count));
  }

  /** Returns the workload's name. */
  public String name() {
    return name;
  }

  /** Returns the shape of the document. */
  public Kind kind() {
    return kind;
  }

  /** Returns the Statecraft dossier of a {@link Kind#DOSSIER} workload. */
  public Dossier dossier() {
    return dossier;
  }

  /** Returns the Statecraft event of an {@link Kind#EVENT} workload. */
  public Event event() {
    return events.get(0);
  }

  /** Returns the Statecraft events of a {@link Kind#STREAM} workload, in order. */
  public List<Event> events() {
    return events;
  }

  /**
   * Returns the baseline's value of the same content: a {@link PlainModel.Dossier}, a
   * {@link PlainModel.Event}, or a list of them for a stream.
   */
  public Object plain() {
    return plain;
  }

  /** Returns the canonical JSON document (or NDJSON stream); shared, do not modify. */
  public byte[] json() {
    return json;
  }

  /** Returns how many events the document holds. */
  public int eventCount() {
    return kind == Kind.DOSSIER ? dossier.events().size() : events.size();
  }

  /**
   * Prints the size of every workload: {@code java -cp benchmarks.jar org.statecraft.benchmarks.Workload}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ObjectMapper plainMapper = new ObjectMapper();
    for (String name : NAMES) {
      Workload w = of(name);
      String baseline;
      try {
        baseline = w.kind == Kind.STREAM ? "" : String.format(Locale.ROOT, " (plain databind writes %,d bytes)",
            plainMapper.writeValueAsBytes(w.plain()).length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.out.printf(Locale.ROOT, "%-12s %-8s %,7d events %,12d bytes %,8.0f bytes/event%s%n", name, w.kind,
          w.eventCount(), w.json().length, (double) w.json().length / w.eventCount(), baseline);
    }
  }
}
