package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.statecraft.core.Event;

/**
 * Writes events as NDJSON (newline-delimited JSON): each event as one line holding its canonical
 * single-event document (the bytes of {@link StatecraftJson#writeEventAsBytes(Event)}, with
 * {@code schemaVersion}), followed by {@code \n}. {@link NdjsonEventReader} reads the result back.
 *
 * <pre>{@code
 * try (NdjsonEventWriter writer = NdjsonEventWriter.of(Files.newOutputStream(path))) {
 *   events.forEach(writer::write);
 * }
 * }</pre>
 *
 * <p>Output is buffered and written to the stream as the buffer fills, so memory does not grow
 * with the stream; {@link #flush()} pushes what is buffered, {@link #close()} flushes and closes
 * the stream. A failing stream is reported as an {@link UncheckedIOException}.
 *
 * <p>A writer is not thread-safe.
 */
public final class NdjsonEventWriter implements Flushable, AutoCloseable {

  /** Writes exactly what the hardened facade writes: Jackson's defaults for compact output. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .build();

  private final OutputStream out;
  private final JsonGenerator generator;
  private long count;
  private boolean closed;

  private NdjsonEventWriter(OutputStream out) throws IOException {
    this.out = out;
    this.generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    // Lines are ended by hand; no separator between root values.
    this.generator.setRootValueSeparator(null);
  }

  /**
   * Returns a writer to the given stream.
   *
   * @param out the output, UTF-8; closed when the writer is closed
   * @return the writer
   */
  public static NdjsonEventWriter of(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      return new NdjsonEventWriter(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one event as one line.
   *
   * @param event the event
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream fails
   */
  public NdjsonEventWriter write(Event event) {
    Objects.requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("the NdjsonEventWriter is closed");
    }
    try {
      WireWriter.event(generator, event, true);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
    return this;
  }

  /**
   * Writes every event, one line each, in order.
   *
   * @param events the events
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream fails
   */
  public NdjsonEventWriter writeAll(Iterable<? extends Event> events) {
    for (Event e : events) {
      write(e);
    }
    return this;
  }

  /**
   * Returns how many events were written.
   *
   * @return the number of events written so far, each as one line; 0 before the first
   */
  public long count() {
    return count;
  }

  /**
   * Writes what is buffered to the stream and flushes it.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the stream. Closing again does nothing.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream o = out) {
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
