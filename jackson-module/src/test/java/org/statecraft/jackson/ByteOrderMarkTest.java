package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteOrderMark}: recognizes {@code EF BB BF}, and drops exactly one leading U+FEFF from
 * text, whether a reader hands it out alone or with what follows.
 */
class ByteOrderMarkTest {

  private static String drain(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[5];
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
      assertThat(n).as("a reader returns 0 only when asked for 0").isPositive();
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  @Test
  void finds_the_utf8_mark_only_whole_and_where_asked() {
    byte[] b = "x\uFEFF{".getBytes(StandardCharsets.UTF_8);
    assertThat(ByteOrderMark.at(b, 1, b.length)).isTrue();
    assertThat(ByteOrderMark.at(b, 0, b.length)).isFalse();
    assertThat(ByteOrderMark.at(b, 1, 3)).as("cut short").isFalse();
    assertThat(ByteOrderMark.at(new byte[] {(byte) 0xFE, (byte) 0xFF, 0}, 0, 3)).isFalse();
  }

  @Test
  void drops_one_leading_mark_from_a_string_and_nothing_else() {
    assertThat(ByteOrderMark.skip("\uFEFF{}")).isEqualTo("{}");
    assertThat(ByteOrderMark.skip("\uFEFF\uFEFF{}")).isEqualTo("\uFEFF{}");
    assertThat(ByteOrderMark.skip("{\uFEFF}")).isEqualTo("{\uFEFF}");
    assertThat(ByteOrderMark.skip("\uFEFF")).isEmpty();
    assertThat(ByteOrderMark.skip("")).isEmpty();
  }

  @Test
  void drops_one_leading_mark_from_a_reader_read_in_chunks_or_one_char_at_a_time() throws IOException {
    for (String text : new String[] {"\uFEFF{\"a\":1}", "\uFEFF", "\uFEFF\uFEFF{}", "{\uFEFF}", "", "{}"}) {
      String expected = ByteOrderMark.skip(text);
      assertThat(drain(ByteOrderMark.skipping(new StringReader(text)))).as(text).isEqualTo(expected);
      assertThat(drain(ByteOrderMark.skipping(Trickle.chars(text)))).as(text + ", one char per read").isEqualTo(expected);
      Reader single = ByteOrderMark.skipping(new StringReader(text));
      StringBuilder out = new StringBuilder();
      for (int c = single.read(); c >= 0; c = single.read()) {
        out.append((char) c);
      }
      assertThat(out.toString()).as(text + ", read()").isEqualTo(expected);
    }
  }

  @Test
  void skips_characters_after_the_dropped_mark() throws IOException {
    Reader in = ByteOrderMark.skipping(new StringReader("\uFEFFabcdef"));
    assertThat(in.skip(2)).isEqualTo(2);
    assertThat(drain(in)).isEqualTo("cdef");
    assertThat(in.markSupported()).isFalse();
  }
}
