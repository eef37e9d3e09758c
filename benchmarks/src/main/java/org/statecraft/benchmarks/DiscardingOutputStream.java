package org.statecraft.benchmarks;

import java.io.OutputStream;

/**
 * An output stream that counts bytes and keeps none, so that encoding a large stream is measured
 * without the cost of growing an array. Not thread-safe.
 */
final class DiscardingOutputStream extends OutputStream {

  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  /** Returns the number of bytes written, and starts counting again from zero. */
  long reset() {
    long c = count;
    count = 0;
    return c;
  }
}
