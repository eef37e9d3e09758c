package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Event;

class NdjsonEventWriterTest {

  private static final List<Event> EVENTS =
      List.of(Samples.visit(), Samples.request(), Samples.answer(), Samples.sanction(), Samples.announcement(),
          Samples.delisting());

  @Test
  void writes_each_event_as_its_canonical_single_event_document_on_one_line() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonEventWriter writer = NdjsonEventWriter.of(out)) {
      writer.writeAll(EVENTS);
    }
    StringBuilder expected = new StringBuilder();
    for (Event e : EVENTS) {
      expected.append(StatecraftJson.standard().writeEvent(e)).append('\n');
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n", -1)).hasSize(EVENTS.size() + 1)
        .allSatisfy(line -> assertThat(line).doesNotContain("\r"));
  }

  @Test
  void counts_the_events_written() {
    NdjsonEventWriter writer = NdjsonEventWriter.of(new ByteArrayOutputStream());
    writer.write(Samples.visit()).write(Samples.sanction());
    assertThat(writer.count()).isEqualTo(2);
  }

  @Test
  void buffers_until_flushed_and_flush_reaches_the_stream() {
    Recording out = new Recording();
    NdjsonEventWriter writer = NdjsonEventWriter.of(out);
    writer.write(Samples.visit());
    assertThat(out.flushes).isZero();
    writer.flush();
    assertThat(out.flushes).isEqualTo(1);
    assertThat(out.bytes.toString(StandardCharsets.UTF_8)).isEqualTo(StatecraftJson.standard().writeEvent(Samples.visit()) + "\n");
  }

  @Test
  void close_flushes_and_closes_the_stream_once() {
    Recording out = new Recording();
    NdjsonEventWriter writer = NdjsonEventWriter.of(out);
    writer.write(Samples.visit());
    writer.close();
    writer.close();
    assertThat(out.closes).isEqualTo(1);
    assertThat(out.bytes.size()).isPositive();
  }

  @Test
  void rejects_writing_after_close() {
    NdjsonEventWriter writer = NdjsonEventWriter.of(new ByteArrayOutputStream());
    writer.close();
    assertThatThrownBy(() -> writer.write(Samples.visit()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void writes_what_the_reader_reads_back() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonEventWriter writer = NdjsonEventWriter.of(out)) {
      writer.writeAll(EVENTS);
    }
    try (NdjsonEventReader reader = NdjsonEventReader.of(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream()).containsExactlyElementsOf(EVENTS);
    }
  }

  /** Records what reaches the underlying stream. */
  private static final class Recording extends FilterOutputStream {
    final ByteArrayOutputStream bytes;
    int flushes;
    int closes;

    Recording() {
      this(new ByteArrayOutputStream());
    }

    private Recording(ByteArrayOutputStream bytes) {
      super(bytes);
      this.bytes = bytes;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closes++;
    }
  }
}
