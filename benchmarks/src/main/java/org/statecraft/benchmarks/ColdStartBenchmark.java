package org.statecraft.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.statecraft.core.Event;
import org.statecraft.jackson.StatecraftJson;

/**
 * Cold start: the first decode and the first encode of the small event in a fresh JVM, one shot
 * per fork. Each measured call includes everything a service pays on its first message: loading
 * and initializing the classes and making the mapper ({@code StatecraftJson.standard()} or
 * {@code new ObjectMapper()}). The set-up touches no Jackson class: the input bytes are a
 * resource, the values to encode are built with the core builders.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10)
public class ColdStartBenchmark {

  /** The small event's canonical JSON, kept as a resource (checked by a test). */
  static final String EVENT_RESOURCE = "/org/statecraft/benchmarks/small-event.json";

  private byte[] json;
  private Event event;
  private PlainModel.Event plain;

  /** Loads the input bytes and builds the values, without touching Jackson. */
  @Setup(Level.Trial)
  public void setUp() {
    json = resource();
    event = Fixtures.smallEvent();
    plain = PlainMapping.event(event);
  }

  static byte[] resource() {
    try (InputStream in = ColdStartBenchmark.class.getResourceAsStream(EVENT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + EVENT_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Statecraft's first decode. */
  @Benchmark
  public Object decodeStatecraft() {
    return StatecraftJson.standard().readEvent(json);
  }

  /** Baseline (a)'s first decode. */
  @Benchmark
  public Object decodeDatabind() throws IOException {
    return new ObjectMapper().readValue(json, PlainModel.Event.class);
  }

  /** Baseline (b)'s first decode. */
  @Benchmark
  public Object decodeHandWritten() throws IOException {
    return new HandWrittenCodec(new JsonFactory()).readEvent(json);
  }

  /** Statecraft's first encode. */
  @Benchmark
  public Object encodeStatecraft() {
    return StatecraftJson.standard().writeEventAsBytes(event);
  }

  /** Baseline (a)'s first encode. */
  @Benchmark
  public Object encodeDatabind() throws IOException {
    return new ObjectMapper().writerFor(PlainModel.Event.class).writeValueAsBytes(plain);
  }

  /** Baseline (b)'s first encode. */
  @Benchmark
  public Object encodeHandWritten() throws IOException {
    return new HandWrittenCodec(new JsonFactory()).writeEvent(plain);
  }
}
