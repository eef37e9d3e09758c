package org.statecraft.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
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
 * <p>Argument: the large size (default 1,000,000). Eight warm-up round trips of 200,000 events come
 * first; then the small size, 10,000, is timed nine times (medians are compared), then the large
 * size once. Only the writer's and the reader's own work is timed: events are generated in
 * batches of 1,000 outside the timed sections, and the check that every event read equals the
 * event written is a separate, untimed pass. Throughput is given per second of the main thread's
 * CPU time (what the 15% check uses, since on a shared machine wall time mostly measures the
 * neighbours) and per second of wall time.
 *
 * <p>Exits with status 1 if a round trip loses or changes an event, or if the large run's read or
 * write throughput (CPU time) differs from the small run's by more than 15%.
 */
public final class NdjsonRoundTrip {

  private static final int SMALL = 10_000;
  private static final int SMALL_RUNS = 9;
  private static final int WARM_UP = 200_000;
  private static final int WARM_UP_RUNS = 8;
  private static final int BATCH = 1_000;
  private static final double TOLERANCE = 0.15;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private NdjsonRoundTrip() {}

  /** Figures of one round trip, in seconds. */
  private static final class Run {
    long events;
    long bytes;
    double writeCpu;
    double writeWall;
    double readCpu;
    double readWall;
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
      for (int i = 0; i < WARM_UP_RUNS; i++) {
        roundTrip(WARM_UP, file);
      }
      List<Run> small = new ArrayList<>();
      for (int i = 0; i < SMALL_RUNS; i++) {
        Run r = roundTrip(SMALL, file);
        print("small", r);
        small.add(r);
      }
      Run s = median(small);
      Run l = roundTrip(large, file);
      print("small median", s);
      print("large", l);
      double write = s.writeCpu / s.events / (l.writeCpu / l.events);
      double read = s.readCpu / s.events / (l.readCpu / l.events);
      System.out.printf(Locale.ROOT,
          "large / small throughput (CPU time): write %.3f, read %.3f (allowed %.2f to %.2f)%n",
          write, read, 1 - TOLERANCE, 1 + TOLERANCE);
      boolean ok = Math.abs(write - 1) <= TOLERANCE && Math.abs(read - 1) <= TOLERANCE;
      System.out.println(ok ? "OK: every event round-tripped; throughput within 15%"
          : "FAILED: throughput changed by more than 15%");
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
    List<Event> batch = new ArrayList<>(BATCH);
    long cpu = 0;
    long wall = 0;
    try (Stream<Event> generated = new RandomModels(Workload.SEED).eventStream(count)) {
      Iterator<Event> it = generated.iterator();
      OutputStream out = Files.newOutputStream(file);
      NdjsonEventWriter writer = NdjsonEventWriter.of(out);
      while (it.hasNext()) {
        batch.clear();
        while (batch.size() < BATCH && it.hasNext()) {
          batch.add(it.next());
        }
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (Event e : batch) {
          writer.write(e);
        }
        cpu += THREADS.getCurrentThreadCpuTime() - c0;
        wall += System.nanoTime() - w0;
      }
      long c0 = THREADS.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      writer.close();
      cpu += THREADS.getCurrentThreadCpuTime() - c0;
      wall += System.nanoTime() - w0;
    }
    run.writeCpu = cpu / 1e9;
    run.writeWall = wall / 1e9;
    run.bytes = Files.size(file);

    long read = 0;
    long sink = 0;
    long c0 = THREADS.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    try (InputStream in = Files.newInputStream(file); NdjsonEventReader reader = NdjsonEventReader.of(in)) {
      for (Event e : reader) {
        sink += e.id().value().length();
        read++;
      }
    }
    run.readCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
    run.readWall = (System.nanoTime() - w0) / 1e9;
    if (read != count || sink == 0 && count > 0) {
      fail("read " + read + " events of " + count);
    }
    verify(count, file);
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

  /** The median of each measured time, taken separately. */
  private static Run median(List<Run> runs) {
    Run m = new Run();
    m.events = runs.get(0).events;
    m.bytes = runs.get(0).bytes;
    m.writeCpu = median(runs, r -> r.writeCpu);
    m.writeWall = median(runs, r -> r.writeWall);
    m.readCpu = median(runs, r -> r.readCpu);
    m.readWall = median(runs, r -> r.readWall);
    return m;
  }

  private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
    double[] values = runs.stream().mapToDouble(f).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }

  private static void print(String label, Run r) {
    System.out.printf(Locale.ROOT,
        "%-12s %,10d events %,13d bytes | write: %,9.0f events/s CPU (%6.1f MB/s), %,9.0f events/s wall"
            + " | read+validate: %,9.0f events/s CPU (%6.1f MB/s), %,9.0f events/s wall%n",
        label, r.events, r.bytes, r.events / r.writeCpu, r.bytes / r.writeCpu / 1e6, r.events / r.writeWall,
        r.events / r.readCpu, r.bytes / r.readCpu / 1e6, r.events / r.readWall);
  }

  private static void fail(String message) {
    System.out.println("FAILED: " + message);
    System.exit(1);
  }
}
