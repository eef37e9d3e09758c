package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Utf8Input}: accepts exactly well-formed UTF-8 (no NUL byte), also when a character is
 * split across the chunks a stream delivers, and names the offset of the first bad byte.
 */
class Utf8InputTest {

  private static final String TEXT = "{\"a\":\"Шойгу, دری, 中文, \uD83D\uDE00, é\"}";

  /** A stream that hands out one byte per read, so every character straddles reads. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static byte[] drain(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  @Test
  void accepts_well_formed_utf8_whole_and_one_byte_at_a_time() throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    Utf8Input.check(bytes);
    assertThat(drain(Utf8Input.checking(trickle(bytes)))).isEqualTo(bytes);
  }

  /** The offset named is that of the first byte that cannot continue a well-formed sequence. */
  @ParameterizedTest
  @ValueSource(strings = {"C0 AF", "C1 BF", "E0 80 AF", "E0 9F BF", "ED A0 80", "ED BF BF", "F0 80 80 AF", "F0 8F BF BF",
      "F4 90 80 80", "F5 80 80 80", "FF", "FE", "80", "BF", "C3 28", "E2 28 A1", "00"})
  void rejects_ill_formed_sequences_whole_and_one_byte_at_a_time(String hex) {
    byte[] bytes = with("{\"a\":\"x", hex, "y\"}");
    assertThatThrownBy(() -> Utf8Input.check(bytes)).isInstanceOf(CharConversionException.class)
        .hasMessageMatching(".* at byte offset [78]");
    assertThatThrownBy(() -> drain(Utf8Input.checking(trickle(bytes)))).isInstanceOf(CharConversionException.class)
        .hasMessageMatching(".* at byte offset [78]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"C2 80", "DF BF", "E0 A0 80", "ED 9F BF", "EE 80 80", "EF BF BF", "F0 90 80 80", "F4 8F BF BF"})
  void accepts_the_boundaries_of_each_well_formed_range(String hex) throws IOException {
    byte[] bytes = with("\"", hex, "\"");
    Utf8Input.check(bytes);
    assertThat(drain(Utf8Input.checking(trickle(bytes)))).isEqualTo(bytes);
  }

  /** UTF-16 and UTF-32 text starts with one of these bytes, with or without a byte order mark. */
  @ParameterizedTest
  @ValueSource(strings = {"FE FF", "FF FE", "00 00 FE FF", "FF FE 00 00", "00 7B", "FE", "00"})
  void says_that_input_starting_like_utf16_or_utf32_must_be_utf8_whole_and_one_byte_at_a_time(String hex) {
    byte[] bytes = with("", hex, "{}");
    assertThatThrownBy(() -> Utf8Input.check(bytes)).isInstanceOf(CharConversionException.class)
        .hasMessageStartingWith("the input must be UTF-8, but it starts with byte 0x" + hex.substring(0, 2))
        .hasMessageEndingWith(" at byte offset 0");
    assertThatThrownBy(() -> drain(Utf8Input.checking(trickle(bytes)))).isInstanceOf(CharConversionException.class)
        .hasMessageStartingWith("the input must be UTF-8").hasMessageEndingWith(" at byte offset 0");
  }

  @Test
  void accepts_a_utf8_byte_order_mark_as_well_formed_and_passes_it_on() throws IOException {
    byte[] bytes = with("", "EF BB BF", "{}");
    Utf8Input.check(bytes);
    assertThat(drain(Utf8Input.checking(trickle(bytes)))).isEqualTo(bytes);
    assertThat(drain(Utf8Input.checking(new ByteArrayInputStream(bytes)))).isEqualTo(bytes);
  }

  @Test
  void reads_a_stream_that_is_only_a_byte_order_mark_as_empty() throws IOException {
    byte[] mark = with("", "EF BB BF", "");
    assertThat(drain(Utf8Input.checking(trickle(mark)))).isEmpty();
    assertThat(drain(Utf8Input.checking(new ByteArrayInputStream(mark)))).isEmpty();
    byte[] markAndSpace = with("", "EF BB BF", " ");
    assertThat(drain(Utf8Input.checking(trickle(markAndSpace)))).as("Jackson skips this one").isEqualTo(markAndSpace);
  }

  @Test
  void hands_out_short_streams_whole_and_byte_by_byte() throws IOException {
    for (String text : new String[] {"", "{", "{}", "{ }", "{\"a\":1}"}) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(drain(Utf8Input.checking(trickle(bytes)))).isEqualTo(bytes);
      InputStream in = Utf8Input.checking(new ByteArrayInputStream(bytes));
      byte[] one = new byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        assertThat(in.read()).isEqualTo(bytes[i] & 0xFF);
      }
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(one, 0, 0)).isZero();
    }
  }

  @Test
  void rejects_input_that_ends_inside_a_character() {
    byte[] bytes = with("\"", "E2 82", "");
    assertThatThrownBy(() -> Utf8Input.check(bytes)).isInstanceOf(CharConversionException.class)
        .hasMessageContaining("ends inside a multi-byte character");
    assertThatThrownBy(() -> drain(Utf8Input.checking(trickle(bytes)))).isInstanceOf(CharConversionException.class)
        .hasMessageContaining("ends inside a multi-byte character");
  }

  @Test
  void finds_an_ill_formed_byte_at_every_position_of_a_long_ascii_run_whole_and_one_byte_at_a_time() throws IOException {
    for (int at = 0; at < 40; at++) {
      String before = "a".repeat(at);
      String after = "b".repeat(40 - at);
      byte[] bad = with(before, "FF", after);
      byte[] good = with(before, "C3 A9", after);
      String message = "at " + at;
      assertThatThrownBy(() -> Utf8Input.check(bad)).as(message).isInstanceOf(CharConversionException.class)
          .hasMessageContaining(String.valueOf(at));
      assertThatThrownBy(() -> drain(Utf8Input.checking(trickle(bad)))).as(message)
          .isInstanceOf(CharConversionException.class).hasMessageContaining(String.valueOf(at));
      Utf8Input.check(good);
      assertThat(drain(Utf8Input.checking(new ByteArrayInputStream(good)))).as(message).isEqualTo(good);
    }
  }

  private static byte[] with(String before, String hex, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    String[] parts = hex.isEmpty() ? new String[0] : hex.split(" ");
    byte[] out = new byte[a.length + parts.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    for (int i = 0; i < parts.length; i++) {
      out[a.length + i] = (byte) Integer.parseInt(parts[i], 16);
    }
    System.arraycopy(c, 0, out, a.length + parts.length, c.length);
    return out;
  }
}
