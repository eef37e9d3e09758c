package org.statecraft.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.statecraft.core.Event;
import org.statecraft.jackson.NdjsonEventReader;
import org.statecraft.jackson.StatecraftJson;

/**
 * Decoding the same bytes four ways: Statecraft with full validation ({@link #statecraft}),
 * baseline (a) plain databind into records ({@link #databind}), baseline (b) hand-written
 * streaming code into the same records ({@link #handWritten}), and (c) the raw token scan
 * ({@link #tokenScan}). Throughput is in documents (or whole streams) per second; multiply by the
 * workload's size for MB/s (the report does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class DecodeBenchmark {

  /** Which workload: see {@link Workload}. */
  @Param({"event", "kabul", "dossier-10k", "corpus-1k", "corpus-10k", "corpus-100k"})
  public String workload;

  private Workload.Kind kind;
  private byte[] json;
  private StatecraftJson statecraft;
  private ObjectReader plainDossier;
  private ObjectReader plainEvent;
  private HandWrittenCodec handWritten;
  private JsonFactory factory;

  /** Builds the workload and the readers. */
  @Setup(Level.Trial)
  public void setUp() {
    Workload w = Workload.of(workload);
    kind = w.kind();
    json = w.json();
    statecraft = StatecraftJson.standard();
    ObjectMapper mapper = new ObjectMapper();
    plainDossier = mapper.readerFor(PlainModel.Dossier.class);
    plainEvent = mapper.readerFor(PlainModel.Event.class);
    factory = mapper.getFactory();
    handWritten = new HandWrittenCodec(factory);
  }

  /** Statecraft: binding with full validation (and, for a dossier, reference resolution). */
  @Benchmark
  public Object statecraft(Blackhole bh) {
    switch (kind) {
      case DOSSIER:
        return statecraft.readDossier(json);
      case EVENT:
        return statecraft.readEvent(json);
      default:
        long n = 0;
        try (NdjsonEventReader reader = NdjsonEventReader.of(new ByteArrayInputStream(json), statecraft)) {
          Iterator<Event> it = reader.iterator();
          while (it.hasNext()) {
            bh.consume(it.next());
            n++;
          }
        }
        return n;
    }
  }

  /** Baseline (a): plain Jackson databind into records, no validation. */
  @Benchmark
  public Object databind(Blackhole bh) throws IOException {
    switch (kind) {
      case DOSSIER:
        return plainDossier.readValue(json);
      case EVENT:
        return plainEvent.readValue(json);
      default:
        long n = 0;
        try (MappingIterator<PlainModel.Event> it = plainEvent.readValues(json)) {
          while (it.hasNextValue()) {
            bh.consume(it.nextValue());
            n++;
          }
        }
        return n;
    }
  }

  /** Baseline (b): hand-written JsonParser code into the same records, no validation. */
  @Benchmark
  public Object handWritten(Blackhole bh) throws IOException {
    switch (kind) {
      case DOSSIER:
        return handWritten.readDossier(json);
      case EVENT:
        return handWritten.readEvent(json);
      default:
        return handWritten.readEvents(json, bh::consume);
    }
  }

  /** Baseline (c), the floor: every token, nothing bound. */
  @Benchmark
  public int tokenScan() throws IOException {
    return TokenScan.scan(factory, json);
  }
}
