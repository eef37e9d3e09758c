package org.statecraft.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.util.List;
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
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.jackson.NdjsonEventWriter;
import org.statecraft.jackson.StatecraftJson;

/**
 * Encoding the same content three ways: Statecraft's canonical writer ({@link #statecraft}),
 * baseline (a) plain databind from records ({@link #databind}) and baseline (b) hand-written
 * JsonGenerator code ({@link #handWritten}). A document is encoded to a new byte array (as a
 * message would be); a stream to an output stream that discards the bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EncodeBenchmark {

  /** Which workload: see {@link Workload}. */
  @Param({"event", "kabul", "dossier-10k", "corpus-1k", "corpus-10k", "corpus-100k"})
  public String workload;

  private Workload.Kind kind;
  private Dossier dossier;
  private Event event;
  private List<Event> events;
  private Object plain;
  private List<PlainModel.Event> plainEvents;
  private StatecraftJson statecraft;
  private ObjectWriter plainWriter;
  private ObjectWriter plainEventWriter;
  private HandWrittenCodec handWritten;
  private final DiscardingOutputStream sink = new DiscardingOutputStream();

  /** Builds the workload and the writers. */
  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() {
    Workload w = Workload.of(workload);
    kind = w.kind();
    plain = w.plain();
    switch (kind) {
      case DOSSIER:
        dossier = w.dossier();
        break;
      case EVENT:
        event = w.event();
        break;
      default:
        events = w.events();
        plainEvents = (List<PlainModel.Event>) plain;
    }
    statecraft = StatecraftJson.standard();
    ObjectMapper mapper = new ObjectMapper();
    plainWriter = mapper.writer();
    plainEventWriter = mapper.writerFor(PlainModel.Event.class).withRootValueSeparator("\n");
    handWritten = new HandWrittenCodec(mapper.getFactory());
  }

  /** Statecraft: the canonical form. */
  @Benchmark
  public Object statecraft() {
    switch (kind) {
      case DOSSIER:
        return statecraft.writeDossierAsBytes(dossier);
      case EVENT:
        return statecraft.writeEventAsBytes(event);
      default:
        try (NdjsonEventWriter writer = NdjsonEventWriter.of(sink)) {
          for (Event e : events) {
            writer.write(e);
          }
        }
        return sink.reset();
    }
  }

  /** Baseline (a): plain Jackson databind from records. */
  @Benchmark
  public Object databind() throws IOException {
    switch (kind) {
      case DOSSIER:
        return plainWriter.writeValueAsBytes(plain);
      case EVENT:
        return plainEventWriter.writeValueAsBytes(plain);
      default:
        try (SequenceWriter writer = plainEventWriter.writeValues(sink)) {
          for (PlainModel.Event e : plainEvents) {
            writer.write(e);
          }
        }
        return sink.reset();
    }
  }

  /** Baseline (b): hand-written JsonGenerator code from the same records. */
  @Benchmark
  public Object handWritten() throws IOException {
    switch (kind) {
      case DOSSIER:
        return handWritten.writeDossier((PlainModel.Dossier) plain);
      case EVENT:
        return handWritten.writeEvent((PlainModel.Event) plain);
      default:
        handWritten.writeEvents(plainEvents, sink);
        return sink.reset();
    }
  }
}
