package org.statecraft.jackson;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 checking of byte input before Jackson decodes it.
 *
 * <p>Jackson's UTF-8 decoder checks that continuation bytes are continuation bytes, but accepts
 * overlong forms ({@code C0 AF} and {@code E0 80 AF} decode to {@code '/'}) and four-byte forms
 * beyond U+10FFFF (which decode to broken surrogate pairs). This check accepts exactly the
 * well-formed byte sequences of the Unicode Standard (chapter 3, table 3-7), and rejects the byte
 * {@code 00} too: JSON text never holds it raw (a NUL in a string must be escaped), and without
 * it Jackson never takes the input for UTF-16 or UTF-32. Input that starts with {@code FE}, {@code FF}
 * or {@code 00} (UTF-16 or UTF-32 text, with or without a byte order mark) is told so. The UTF-8
 * byte order mark {@code EF BB BF} is well-formed UTF-8 and passes (see {@link ByteOrderMark}).
 *
 * <p>Failures are {@link CharConversionException}s, which {@link StatecraftJson} reports as
 * {@code malformed}. An instance carries the state of one input across chunks; not thread-safe.
 */
final class Utf8Input {

  private int need; // continuation bytes still expected
  private int lo = 0x80; // the range the next continuation byte must lie in
  private int hi = 0xBF;
  private long offset; // bytes checked before the current chunk

  /**
   * Checks a whole input.
   *
   * @throws CharConversionException at the first byte that is not well-formed UTF-8
   */
  static void check(byte[] input) throws CharConversionException {
    check(input, input.length);
  }

  /**
   * Checks the first {@code length} bytes of an input.
   *
   * @throws CharConversionException at the first byte that is not well-formed UTF-8
   */
  static void check(byte[] input, int length) throws CharConversionException {
    Utf8Input check = new Utf8Input();
    check.chunk(input, 0, length);
    check.end();
  }

  /** Returns a stream that checks every byte read through it. */
  static InputStream checking(InputStream in) {
    return new Checking(in);
  }

  /** Checks the next chunk of the input. */
  void chunk(byte[] b, int off, int len) throws CharConversionException {
    int need = this.need;
    int lo = this.lo;
    int hi = this.hi;
    int end = off + len;
    int i = off;
    while (i < end) {
      if (need == 0) {
        while (i < end && b[i] > 0) { // ASCII other than NUL
          i++;
        }
        if (i == end) {
          break;
        }
        int c = b[i] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
        } else if (c == 0xE0) {
          need = 2;
          lo = 0xA0; // no overlong three-byte forms
        } else if (c == 0xED) {
          need = 2;
          hi = 0x9F; // no UTF-16 surrogates
        } else if (c >= 0xE1 && c <= 0xEF) {
          need = 2;
        } else if (c == 0xF0) {
          need = 3;
          lo = 0x90; // no overlong four-byte forms
        } else if (c >= 0xF1 && c <= 0xF3) {
          need = 3;
        } else if (c == 0xF4) {
          need = 3;
          hi = 0x8F; // nothing beyond U+10FFFF
        } else if (offset + (i - off) == 0 && (c == 0xFE || c == 0xFF || c == 0)) {
          throw fail("the input must be UTF-8, but it starts with byte " + hex(c) + ", as UTF-16 and UTF-32 text do "
              + "(their byte order marks are FE FF, FF FE and 00 00 FE FF)", 0);
        } else {
          throw fail(c == 0 ? "a NUL byte, which JSON text never holds unescaped" : "invalid UTF-8 byte " + hex(c),
              i - off);
        }
      } else {
        int c = b[i] & 0xFF;
        if (c < lo || c > hi) {
          throw fail("invalid UTF-8 sequence: byte " + hex(c) + " where a continuation in " + hex(lo) + ".." + hex(hi)
              + " is required", i - off);
        }
        need--;
        lo = 0x80;
        hi = 0xBF;
      }
      i++;
    }
    this.need = need;
    this.lo = lo;
    this.hi = hi;
    this.offset += len;
  }

  /** Checks that the input does not end inside a character. */
  void end() throws CharConversionException {
    if (need != 0) {
      throw new CharConversionException("invalid UTF-8: the input ends inside a multi-byte character");
    }
  }

  private CharConversionException fail(String what, int at) {
    return new CharConversionException(what + " at byte offset " + (offset + at));
  }

  private static String hex(int b) {
    return String.format("0x%02X", b);
  }

  /**
   * Checks the bytes as they are read; checks the end when the stream reports it. The first read
   * looks 4 bytes ahead, as Jackson's detection of the encoding does, so that a stream that is
   * nothing but a byte order mark reads as empty, like the text {@code "\uFEFF"}: Jackson skips a
   * leading {@code EF BB BF} only when at least one byte follows it.
   */
  private static final class Checking extends FilterInputStream {

    private final Utf8Input check = new Utf8Input();
    private byte @Nullable [] head; // the first bytes, until they are handed out
    private int headPosition;
    private int headLength;
    private boolean started;

    Checking(InputStream in) {
      super(in);
    }

    private void start() throws IOException {
      started = true;
      byte[] first = new byte[4];
      int n = 0;
      boolean ended = false;
      while (n < first.length) {
        int r = in.read(first, n, first.length - n);
        if (r < 0) {
          ended = true;
          break;
        }
        n += r;
      }
      if (ended && n == 3 && ByteOrderMark.at(first, 0, 3)) {
        n = 0; // the input is only a byte order mark: it is ignored, which leaves nothing
      }
      head = first;
      headLength = n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!started) {
        start();
      }
      byte[] h = head;
      if (h != null) {
        if (headPosition < headLength) {
          int n = Math.min(len, headLength - headPosition);
          System.arraycopy(h, headPosition, b, off, n);
          headPosition += n;
          check.chunk(b, off, n);
          return n;
        }
        head = null;
      }
      int n = super.read(b, off, len);
      if (n < 0) {
        check.end();
      } else {
        check.chunk(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      long skipped = 0;
      while (skipped < n) {
        int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (head == null ? 0 : headLength - headPosition) + super.available();
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
