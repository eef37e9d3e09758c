package org.statecraft.jackson;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The one byte order mark the reader accepts: a UTF-8 byte order mark ({@code EF BB BF}, or
 * U+FEFF as the first character of text) at the very start of the input, which is ignored
 * (RFC 8259, section 8.1, lets a parser ignore it; Windows tools write one). The writer never
 * writes one. Any other U+FEFF outside a string, and any UTF-16 or UTF-32 byte order mark, is
 * {@code malformed}.
 *
 * <p>Byte input: Jackson's byte-source bootstrap already skips one leading {@code EF BB BF} and
 * reads a second one as a character that is not JSON; {@link Utf8Input} refuses the bytes that
 * begin UTF-16 and UTF-32 byte order marks. Text input: {@link #skip(String)} and
 * {@link #skipping(Reader)} drop one leading U+FEFF before Jackson sees the text.
 */
final class ByteOrderMark {

  /** The byte order mark as a character. */
  static final char CHAR = '\uFEFF';

  /** What a U+FEFF anywhere but at the very start of the input is told. */
  static final String ONLY_AT_START = "a byte order mark (U+FEFF) is allowed only as the very first character "
      + "of the input";

  private ByteOrderMark() {}

  /** Whether {@code b} starts with the UTF-8 byte order mark {@code EF BB BF} at {@code from}, within {@code end}. */
  static boolean at(byte[] b, int from, int end) {
    return end - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF;
  }

  /** Returns the text without one leading U+FEFF. */
  static String skip(String text) {
    return !text.isEmpty() && text.charAt(0) == CHAR ? text.substring(1) : text;
  }

  /** Returns a reader that drops one U+FEFF if it is the first character of {@code in}. */
  static Reader skipping(Reader in) {
    return new Skipping(in);
  }

  /** Drops a leading U+FEFF on the first read that returns characters; passes the rest through. */
  private static final class Skipping extends FilterReader {

    private boolean first = true;

    Skipping(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = in.read(cbuf, off, len);
      if (first && n > 0) {
        first = false;
        if (cbuf[off] == CHAR) {
          System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
          n--;
          if (n == 0) {
            // The mark came alone: read again, since a Reader returns 0 only when asked for 0.
            return in.read(cbuf, off, len);
          }
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      char[] buffer = new char[(int) Math.min(Math.max(n, 0), 8192)];
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
    public boolean markSupported() {
      return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
      throw new IOException("mark() not supported");
    }

    @Override
    public void reset() throws IOException {
      throw new IOException("reset() not supported");
    }
  }
}
