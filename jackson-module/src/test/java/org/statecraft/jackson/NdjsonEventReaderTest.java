package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Event;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.jackson.NdjsonEventReader.LineException;
import org.statecraft.jackson.NdjsonEventReader.OnError;

class NdjsonEventReaderTest {

  private static final String VISIT = StatecraftJson.standard().writeEvent(Samples.visit());
  private static final String REQUEST = StatecraftJson.standard().writeEvent(Samples.request());
  private static final String SANCTION = StatecraftJson.standard().writeEvent(Samples.sanction());

  private static final String MALFORMED = "{\"schemaVersion\":1,\"type\":\"visit\",";
  private static final String BAD_DATE = VISIT.replace("\"when\":\"2024-11-25\"", "\"when\":\"2024-13\"");
  private static final String UNKNOWN_TYPE = "{\"schemaVersion\":1,\"type\":\"meeting\",\"id\":\"m\"}";

  @Test
  void reads_every_event_in_order() {
    try (NdjsonEventReader reader = reader(VISIT, REQUEST, SANCTION)) {
      assertThat(reader.stream()).containsExactly(Samples.visit(), Samples.request(), Samples.sanction());
      assertThat(reader.lineNumber()).isEqualTo(3);
    }
  }

  @Test
  void reads_lazily_one_line_at_a_time_from_an_endless_stream() {
    try (NdjsonEventReader reader = NdjsonEventReader.of(new Endless(VISIT + "\n"))) {
      Iterator<Event> it = reader.iterator();
      for (int i = 0; i < 1_000; i++) {
        assertThat(it.next()).isEqualTo(Samples.visit());
      }
      assertThat(reader.lineNumber()).isEqualTo(1_000);
    }
  }

  @Test
  void does_not_read_a_bad_line_before_the_event_before_it_is_taken() {
    try (NdjsonEventReader reader = reader(VISIT, MALFORMED)) {
      Iterator<Event> it = reader.iterator();
      assertThat(it.next()).isEqualTo(Samples.visit());
      assertThat(reader.lineNumber()).isEqualTo(1);
      assertThatThrownBy(it::hasNext).isInstanceOf(LineException.class);
    }
  }

  @Test
  void stops_at_a_malformed_line_with_its_number() {
    try (NdjsonEventReader reader = reader(VISIT, MALFORMED, SANCTION)) {
      Iterator<Event> it = reader.iterator();
      it.next();
      assertThatThrownBy(it::next)
          .isInstanceOfSatisfying(LineException.class, e -> {
            assertThat(e.lineNumber()).isEqualTo(2);
            assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.MALFORMED);
            assertThat(e.getMessage()).startsWith("line 2: ");
          })
          .isInstanceOf(StatecraftJsonException.class);
      assertThat(it.hasNext()).as("the reader ends after a bad line").isFalse();
    }
  }

  @Test
  void reports_an_invalid_event_with_the_json_path_within_the_line() {
    try (NdjsonEventReader reader = reader(VISIT, REQUEST, BAD_DATE)) {
      assertThatThrownBy(() -> reader.stream().count())
          .isInstanceOfSatisfying(LineException.class, e -> {
            assertThat(e.lineNumber()).isEqualTo(3);
            assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("$.when", ViolationCode.OUT_OF_RANGE));
          });
    }
  }

  @Test
  void reports_an_unknown_event_type() {
    try (NdjsonEventReader reader = reader(UNKNOWN_TYPE)) {
      assertThatThrownBy(() -> reader.iterator().next())
          .isInstanceOfSatisfying(LineException.class, e -> {
            assertThat(e.lineNumber()).isEqualTo(1);
            assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .contains(tuple("$.type", ViolationCode.UNKNOWN_VALUE));
          });
    }
  }

  @Test
  void rejects_a_line_that_is_not_an_object() {
    try (NdjsonEventReader reader = reader("[1,2]")) {
      assertThatThrownBy(() -> reader.iterator().next())
          .isInstanceOfSatisfying(LineException.class, e -> assertThat(e.violations())
              .extracting(Violation::path, Violation::code).containsExactly(tuple("$", ViolationCode.MALFORMED)));
    }
  }

  @Test
  void skips_bad_lines_reporting_each_to_the_callback_and_goes_on() {
    List<LineException> skipped = new ArrayList<>();
    try (NdjsonEventReader reader = NdjsonEventReader.of(input(VISIT, MALFORMED, REQUEST, UNKNOWN_TYPE, BAD_DATE,
        SANCTION), StatecraftJson.standard(), OnError.SKIP, skipped::add)) {
      assertThat(reader.stream()).containsExactly(Samples.visit(), Samples.request(), Samples.sanction());
    }
    assertThat(skipped).extracting(LineException::lineNumber).containsExactly(2L, 4L, 5L);
    assertThat(skipped.get(0).violations()).extracting(Violation::code).containsExactly(ViolationCode.MALFORMED);
    assertThat(skipped.get(1).violations()).extracting(Violation::code).contains(ViolationCode.UNKNOWN_VALUE);
    assertThat(skipped.get(2).violations()).extracting(Violation::path).containsExactly("$.when");
  }

  @Test
  void never_calls_the_callback_when_stopping() {
    List<LineException> skipped = new ArrayList<>();
    try (NdjsonEventReader reader = NdjsonEventReader.of(input(MALFORMED), StatecraftJson.standard(), OnError.STOP,
        skipped::add)) {
      assertThatThrownBy(() -> reader.iterator().hasNext()).isInstanceOf(LineException.class);
    }
    assertThat(skipped).isEmpty();
  }

  @Test
  void skips_blank_lines_but_counts_them() {
    String text = "\n" + VISIT + "\n\n   \t\r\n" + REQUEST + "\n\n" + MALFORMED + "\n";
    try (NdjsonEventReader reader = NdjsonEventReader.of(bytes(text))) {
      Iterator<Event> it = reader.iterator();
      assertThat(it.next()).isEqualTo(Samples.visit());
      assertThat(reader.lineNumber()).isEqualTo(2);
      assertThat(it.next()).isEqualTo(Samples.request());
      assertThat(reader.lineNumber()).isEqualTo(5);
      assertThatThrownBy(it::next).isInstanceOfSatisfying(LineException.class,
          e -> assertThat(e.lineNumber()).isEqualTo(7));
    }
  }

  @Test
  void accepts_crlf_line_ends_and_a_last_line_without_a_line_end() {
    try (NdjsonEventReader reader = NdjsonEventReader.of(bytes(VISIT + "\r\n" + REQUEST))) {
      assertThat(reader.stream()).containsExactly(Samples.visit(), Samples.request());
    }
  }

  @Test
  void reads_nothing_from_empty_input() {
    try (NdjsonEventReader reader = NdjsonEventReader.of(bytes(""))) {
      assertThat(reader.iterator().hasNext()).isFalse();
      assertThat(reader.lineNumber()).isZero();
    }
  }

  @Test
  void reports_an_overlong_line_without_keeping_it_and_reads_on_when_skipping() {
    List<LineException> skipped = new ArrayList<>();
    String longLine = " ".repeat(5_000) + VISIT;
    try (NdjsonEventReader reader = new NdjsonEventReader(input(longLine, REQUEST), StatecraftJson.standard(),
        OnError.SKIP, skipped::add, 4_096)) {
      assertThat(reader.stream()).containsExactly(Samples.request());
    }
    assertThat(skipped).singleElement().satisfies(e -> {
      assertThat(e.lineNumber()).isEqualTo(1);
      assertThat(e.violations()).extracting(Violation::path, Violation::code)
          .containsExactly(tuple("$", ViolationCode.LIMIT_EXCEEDED));
    });
  }

  @Test
  void reads_lines_longer_than_its_buffers() {
    String padded = VISIT.replace("\"purpose\":\"", "\"purpose\":\"" + "x".repeat(3_000) + " ");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append(padded).append('\n');
    }
    try (NdjsonEventReader reader = NdjsonEventReader.of(bytes(text.toString()))) {
      assertThat(reader.stream().count()).isEqualTo(100);
    }
  }

  @Test
  void reads_strictly_with_the_strict_facade() {
    String extra = VISIT.replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"note\":\"x\",");
    try (NdjsonEventReader tolerant = NdjsonEventReader.of(input(extra))) {
      assertThat(tolerant.stream()).containsExactly(Samples.visit());
    }
    try (NdjsonEventReader strict = NdjsonEventReader.of(input(extra), StatecraftJson.strict())) {
      assertThatThrownBy(() -> strict.stream().count()).isInstanceOfSatisfying(LineException.class,
          e -> assertThat(e.violations()).extracting(Violation::path, Violation::code)
              .containsExactly(tuple("$.note", ViolationCode.UNKNOWN_PROPERTY)));
    }
  }

  @Test
  void closing_the_stream_closes_the_input() {
    Closing in = new Closing(bytes(VISIT));
    try (Stream<Event> events = NdjsonEventReader.of(in).stream()) {
      assertThat(events).hasSize(1);
    }
    assertThat(in.closed).isTrue();
  }

  @Test
  void reports_a_failing_input_as_unchecked() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    try (NdjsonEventReader reader = NdjsonEventReader.of(failing)) {
      assertThatThrownBy(() -> reader.iterator().hasNext())
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("disk gone");
    } catch (UncheckedIOException ignored) {
      // closing the failing stream may fail too
    }
  }

  @Test
  void ignores_a_byte_order_mark_at_the_start_of_the_stream_in_both_modes() {
    for (StatecraftJson json : List.of(StatecraftJson.standard(), StatecraftJson.strict())) {
      try (NdjsonEventReader reader = NdjsonEventReader.of(input("\uFEFF" + VISIT, REQUEST), json)) {
        assertThat(reader.stream()).containsExactly(Samples.visit(), Samples.request());
      }
      try (NdjsonEventReader reader = NdjsonEventReader.of(
          Trickle.bytes(("\uFEFF" + VISIT + "\n" + REQUEST).getBytes(StandardCharsets.UTF_8)), json)) {
        assertThat(reader.stream()).as("one byte per read").containsExactly(Samples.visit(), Samples.request());
      }
    }
  }

  @Test
  void treats_a_first_line_that_is_only_a_byte_order_mark_as_blank() {
    try (NdjsonEventReader reader = reader("\uFEFF \r", VISIT)) {
      assertThat(reader.stream()).containsExactly(Samples.visit());
      assertThat(reader.lineNumber()).isEqualTo(2);
    }
  }

  @Test
  void stops_at_a_later_line_that_starts_with_a_byte_order_mark_with_its_number() {
    try (NdjsonEventReader reader = reader(VISIT, "\uFEFF" + REQUEST, SANCTION)) {
      Iterator<Event> it = reader.iterator();
      assertThat(it.next()).isEqualTo(Samples.visit());
      assertThatThrownBy(it::next).isInstanceOfSatisfying(LineException.class, e -> {
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$");
          assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED);
          assertThat(v.message()).contains("byte order mark", "only once, at the very start of the stream");
        });
      });
    }
  }

  @Test
  void skips_a_later_line_that_starts_with_a_byte_order_mark_when_skipping() {
    List<LineException> skipped = new ArrayList<>();
    try (NdjsonEventReader reader = NdjsonEventReader.of(input(VISIT, "\uFEFF" + REQUEST, "\uFEFF", SANCTION),
        StatecraftJson.standard(), OnError.SKIP, skipped::add)) {
      assertThat(reader.stream()).containsExactly(Samples.visit(), Samples.sanction());
    }
    assertThat(skipped).extracting(LineException::lineNumber).containsExactly(2L, 3L);
  }

  @Test
  void stops_at_a_second_byte_order_mark_at_the_start_of_the_stream() {
    try (NdjsonEventReader reader = reader("\uFEFF\uFEFF" + VISIT)) {
      assertThatThrownBy(() -> reader.stream().count()).isInstanceOfSatisfying(LineException.class, e -> {
        assertThat(e.lineNumber()).isEqualTo(1);
        assertThat(e.violations()).extracting(Violation::path, Violation::code)
            .containsExactly(tuple("$", ViolationCode.MALFORMED));
      });
    }
  }

  @Test
  void stops_at_a_byte_order_mark_between_the_tokens_of_a_line() {
    try (NdjsonEventReader reader = reader(VISIT, REQUEST.replaceFirst("\\{", "{\uFEFF"))) {
      Iterator<Event> it = reader.iterator();
      it.next();
      assertThatThrownBy(it::next).isInstanceOfSatisfying(LineException.class, e -> {
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$");
          assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED);
          assertThat(v.message()).contains("U+FEFF");
        });
      });
    }
  }

  @Test
  void stops_at_a_stream_in_utf16_saying_it_must_be_utf8() {
    byte[] utf16 = ("\uFEFF" + VISIT + "\n").getBytes(StandardCharsets.UTF_16BE);
    try (NdjsonEventReader reader = NdjsonEventReader.of(new ByteArrayInputStream(utf16))) {
      assertThatThrownBy(() -> reader.stream().count()).isInstanceOfSatisfying(LineException.class, e -> {
        assertThat(e.lineNumber()).isEqualTo(1);
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED);
          assertThat(v.message()).startsWith("the input must be UTF-8");
        });
      });
    }
  }

  @Test
  void is_read_once() {
    try (NdjsonEventReader reader = reader(VISIT)) {
      reader.iterator();
      assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  private static NdjsonEventReader reader(String... lines) {
    return NdjsonEventReader.of(input(lines));
  }

  private static InputStream input(String... lines) {
    return bytes(String.join("\n", lines) + "\n");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Repeats the same text forever. */
  private static final class Endless extends InputStream {
    private final byte[] text;
    private int at;

    Endless(String text) {
      this.text = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte b = text[at];
      at = (at + 1) % text.length;
      return b & 0xff;
    }
  }

  /** Remembers being closed. */
  private static final class Closing extends java.io.FilterInputStream {
    boolean closed;

    Closing(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
