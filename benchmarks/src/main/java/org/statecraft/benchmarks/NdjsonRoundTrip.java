package org.statecraft.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.statecraft.core.Event;
import org.statecraft.core.testing.RandomModels;
import org.statecraft.jackson.NdjsonEventReader;
import org.statecraft.jackson.NdjsonEventWriter;

/**
 * The on-demand scale check of the NDJSON reader and writer: writes generated events to a file
 * one line at a time, reads them back with full validation, checks that every event read equals
 * the event written, and compares throughput at 10,000 and 1,000,000 events. Run it with a small
 * heap to show that memory does not grow with the stream:
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.statecraft.benchmarks.NdjsonRoundTrip
 * }</pre>
 *
 * <p>Arguments: the large size (default 1,000,000). The small size is 10,000, timed five times
 * after three warm-up rounds (median reported). Writing is timed with the generator, and the
 * generator alone is timed too, so the writer's own throughput is the difference. Exits with
 * status 1 if a round trip loses or changes an event, or if the large run's read or write
 * throughput differs from the small run's by more than 15%.
 */
public final class NdjsonRoundTrip {

  private static final int SMALL = 10_000;
  private static final double TOLERANCE = 0.15;

  private NdjsonRoundTrip() {}

  /** Figures of one round trip. */
  private static final class Run {
    long events;
    long bytes;
    double generateSeconds;
    double writeSeconds; // generation included
    double readSeconds;

    double writeOnlyEventsPerSecond() {
      return events / (writeSeconds - generateSeconds);
    }

    double readEventsPerSecond() {
      return events / readSeconds;
    }
  }

  /**
   * Runs the check.
   *
   * @param args optionally, the large number of events
   * @throws IOException if the temporary file fails
   */
  public static void main(String[] args) throws IOException {
    long large = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    Path file = Files.createTempFile("statecraft-ndjson-", ".ndjson");
    file.toFile().deleteOnExit();
    try {
      System.out.printf(Locale.ROOT, "max heap %d MB, %d processors, %s %s%n",
          Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.name"), System.getProperty("java.version"));
      for (int i = 0; i < 3; i++) {
        roundTrip(SMALL, file);
      }
      List<Run> small = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        small.add(roundTrip(SMALL, file));
      }
      Run s = median(small);
      Run l = roundTrip(large, file);
      print("small", s);
      print("large", l);
      double write = l.writeOnlyEventsPerSecond() / s.writeOnlyEventsPerSecond();
      double read = l.readEventsPerSecond() / s.readEventsPerSecond();
      System.out.printf(Locale.ROOT, "large / small throughput: write %.3f, read %.3f (allowed %.2f to %.2f)%n",
          write, read, 1 - TOLERANCE, 1 + TOLERANCE);
      boolean ok = Math.abs(write - 1) <= TOLERANCE && Math.abs(read - 1) <= TOLERANCE;
      System.out.println(ok ? "OK" : "FAILED: throughput changed by more than 15%");
      if (!ok) {
        System.exit(1);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Run roundTrip(long count, Path file) throws IOException {
    Run run = new Run();
    run.events = count;

    long t0 = System.nanoTime();
    long sink = 0;
    try (Stream<Event> events = new RandomModels(Workload.SEED).eventStream(count)) {
      for (Iterator<Event> it = events.iterator(); it.hasNext();) {
        sink += it.next().id().value().length();
      }
    }
    long t1 = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(file);
        NdjsonEventWriter writer = NdjsonEventWriter.of(out);
        Stream<Event> events = new RandomModels(Workload.SEED).eventStream(count)) {
      events.forEach(writer::write);
    }
    long t2 = System.nanoTime();
    long read = 0;
    try (InputStream in = Files.newInputStream(file); NdjsonEventReader reader = NdjsonEventReader.of(in)) {
      for (Event e : reader) {
        sink += e.id().value().length();
        read++;
      }
    }
    long t3 = System.nanoTime();
    if (read != count) {
      fail("read " + read + " events of " + count);
    }
    verify(count, file);
    run.bytes = Files.size(file);
    run.generateSeconds = (t1 - t0) / 1e9;
    run.writeSeconds = (t2 - t1) / 1e9;
    run.readSeconds = (t3 - t2) / 1e9;
    if (sink == 42) {
      System.out.print(""); // keeps the work observable
    }
    return run;
  }

  /** Reads the file again and compares every event with a fresh generation of the same sequence. */
  private static void verify(long count, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); NdjsonEventReader reader = NdjsonEventReader.of(in);
        Stream<Event> expected = new RandomModels(Workload.SEED).eventStream(count)) {
      Iterator<Event> a = reader.iterator();
      Iterator<Event> b = expected.iterator();
      long n = 0;
      while (b.hasNext()) {
        n++;
        if (!a.hasNext()) {
          fail("the stream ended after " + (n - 1) + " events");
        }
        Event got = a.next();
        Event want = b.next();
        if (!got.equals(want)) {
          fail("event " + n + " changed in the round trip: wrote " + want + ", read " + got);
        }
      }
      if (a.hasNext()) {
        fail("more events read than written");
      }
    }
  }

  private static Run median(List<Run> runs) {
    Run[] sorted = runs.toArray(new Run[0]);
    Arrays.sort(sorted, (x, y) -> Double.compare(x.readSeconds + x.writeSeconds - x.generateSeconds,
        y.readSeconds + y.writeSeconds - y.generateSeconds));
    return sorted[sorted.length / 2];
  }

  private static void print(String label, Run r) {
    System.out.printf(Locale.ROOT,
        "%-5s %,10d events %,14d bytes | generate %7.2f s | write %7.2f s (writer alone %,9.0f events/s, %6.1f MB/s)"
            + " | read+validate %7.2f s (%,9.0f events/s, %6.1f MB/s)%n",
        label, r.events, r.bytes, r.generateSeconds, r.writeSeconds, r.writeOnlyEventsPerSecond(),
        r.bytes / (r.writeSeconds - r.generateSeconds) / 1e6, r.readSeconds, r.readEventsPerSecond(),
        r.bytes / r.readSeconds / 1e6);
  }

  private static void fail(String message) {
    System.out.println("FAILED: " + message);
    System.exit(1);
  }
}
