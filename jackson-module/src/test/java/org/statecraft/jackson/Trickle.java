package org.statecraft.jackson;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;

/**
 * Inputs that hand out one byte or one character per read, so that every character, token and
 * byte order mark straddles the reads of whoever consumes them.
 */
final class Trickle {

  private Trickle() {}

  /** A stream of {@code bytes} that returns at most one byte per read. */
  static InputStream bytes(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  /** A reader of {@code text} that returns at most one character per read. */
  static Reader chars(String text) {
    return new StringReader(text) {
      @Override
      public int read(char[] cbuf, int off, int len) throws java.io.IOException {
        return super.read(cbuf, off, Math.min(len, 1));
      }
    };
  }
}
