package org.statecraft.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Event;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/**
 * Reads a stream of events written as NDJSON (newline-delimited JSON): one single-event document
 * per line, as {@link NdjsonEventWriter} writes them, in memory that does not grow with the stream.
 *
 * <pre>{@code
 * try (NdjsonEventReader reader = NdjsonEventReader.of(Files.newInputStream(path))) {
 *   for (Event event : reader) {
 *     handle(event);
 *   }
 * }
 * }</pre>
 *
 * <h2>Lines</h2>
 * <ul>
 *   <li>Lines end with {@code \n}; a {@code \r} before it is white space, so {@code \r\n} works
 *       too. The last line need not end with a line break.</li>
 *   <li>Each line is one single-event document (UTF-8, with {@code schemaVersion}), read by
 *       {@link StatecraftJson#readEvent(byte[])} of the {@link StatecraftJson} given (the tolerant
 *       {@link StatecraftJson#standard()} by default): so each event is fully validated, with the
 *       same limits as any document. A line may hold at most 16 MiB.</li>
 *   <li><b>Blank lines</b> (empty, or only spaces, tabs and {@code \r}) are skipped: they are not
 *       errors, but they are counted in line numbers.</li>
 *   <li>A UTF-8 <b>byte order mark</b> ({@code EF BB BF}) is ignored at the very start of the
 *       stream, and only there: a line that starts with one later (or a second one at the start)
 *       is {@code malformed}, as is a U+FEFF anywhere else outside a string.</li>
 * </ul>
 *
 * <h2>Laziness</h2>
 * Lines are read only as events are asked for ({@link #iterator()}, {@link #stream()}): one line
 * is held at a time, and the buffer grows only to the longest line.
 *
 * <h2>Errors</h2>
 * A line that is malformed, too long, or not a valid event gives a {@link LineException}: a
 * {@link StatecraftJsonException} that also tells the {@link LineException#lineNumber() line
 * number} (from 1), and whose violations carry JSON paths within that line's document
 * ({@code $.stages[0].when}; {@code $} for the line as a whole). What happens next is chosen when
 * the reader is made ({@link OnError}):
 * <ul>
 *   <li>{@link OnError#STOP} (the default): {@code hasNext()} or {@code next()} throws it, and the
 *       reader ends: later calls find no more events;</li>
 *   <li>{@link OnError#SKIP}: it is passed to the callback, and reading goes on with the next
 *       line.</li>
 * </ul>
 * A failure of the input stream itself is thrown as an {@link UncheckedIOException} in either
 * mode.
 *
 * <p>A reader is not thread-safe and is read once. Closing it closes the input stream.
 */
public final class NdjsonEventReader implements Iterable<Event>, AutoCloseable {

  /** What a reader does with a line that is not a valid event. */
  public enum OnError {
    /** Throw the line's {@link LineException} and end reading. */
    STOP,
    /** Pass the line's {@link LineException} to the callback and go on with the next line. */
    SKIP
  }

  /**
   * A line of an NDJSON stream that is not a valid event: its {@link #lineNumber()} and the
   * violations within it (JSON paths relative to the line's own document). The message starts
   * with {@code line N: }.
   */
  public static final class LineException extends StatecraftJsonException {

    private static final long serialVersionUID = 1L;

    /** @serial the line number, from 1 */
    private final long lineNumber;

    LineException(long lineNumber, List<Violation> violations, @Nullable Throwable cause) {
      super(violations, cause);
      this.lineNumber = lineNumber;
    }

    /**
     * Returns the number of the offending line, counting from 1 (blank lines included).
     *
     * @return the line number, at least 1
     */
    public long lineNumber() {
      return lineNumber;
    }

    @Override
    public String getMessage() {
      return "line " + lineNumber + ": " + super.getMessage();
    }
  }

  /** The longest line accepted: the same as the longest document. */
  static final int MAX_LINE_LENGTH = (int) Limits.MAX_DOCUMENT_LENGTH;

  private static final int READ_BUFFER = 64 * 1024;

  private static final int SHARED_VALUES = 4096;

  private final InputStream in;
  private final StatecraftJson json;
  private final OnError onError;
  private final Consumer<? super LineException> onSkip;
  private final int maxLineLength;
  /**
   * The values the events of the stream repeat (identifiers of sources, officials and
   * organizations; country, language and script codes), converted once and shared from line to
   * line; at most {@link #SHARED_VALUES}, so that memory does not grow with the stream.
   */
  private final TextCache shared = new TextCache(SHARED_VALUES);

  private final byte[] buffer = new byte[READ_BUFFER];
  private int position;
  private int limit;
  private boolean endOfInput;

  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private boolean lineTooLong;

  private long lineNumber;
  private @Nullable Event next;
  private boolean finished;
  private boolean iterated;

  NdjsonEventReader(InputStream in, StatecraftJson json, OnError onError, Consumer<? super LineException> onSkip,
      int maxLineLength) {
    this.in = Objects.requireNonNull(in, "in");
    this.json = Objects.requireNonNull(json, "json");
    this.onError = Objects.requireNonNull(onError, "onError");
    this.onSkip = Objects.requireNonNull(onSkip, "onSkip");
    this.maxLineLength = maxLineLength;
  }

  /**
   * Returns a tolerant reader ({@link StatecraftJson#standard()}) that stops at the first bad line.
   *
   * @param in the UTF-8 input, closed when the reader is closed
   * @return the reader
   */
  public static NdjsonEventReader of(InputStream in) {
    return of(in, StatecraftJson.standard());
  }

  /**
   * Returns a reader that reads each line with the given facade and stops at the first bad line.
   *
   * @param in the UTF-8 input, closed when the reader is closed
   * @param json how to read each line, such as {@link StatecraftJson#strict()}
   * @return the reader
   */
  public static NdjsonEventReader of(InputStream in, StatecraftJson json) {
    return of(in, json, OnError.STOP, e -> { });
  }

  /**
   * Returns a reader with the given choice for bad lines.
   *
   * @param in the UTF-8 input, closed when the reader is closed
   * @param json how to read each line, such as {@link StatecraftJson#strict()}
   * @param onError {@link OnError#STOP} to throw at the first bad line, {@link OnError#SKIP} to
   *     report it to {@code onSkip} and go on
   * @param onSkip receives every skipped line's error, in order; never called with
   *     {@link OnError#STOP}
   * @return the reader
   */
  public static NdjsonEventReader of(InputStream in, StatecraftJson json, OnError onError,
      Consumer<? super LineException> onSkip) {
    return new NdjsonEventReader(in, json, onError, onSkip, MAX_LINE_LENGTH);
  }

  /**
   * Returns the events, read as the iterator is advanced. A reader has one iterator: a second
   * call fails.
   *
   * @return the iterator; {@code hasNext()} and {@code next()} throw a {@link LineException} for a
   *     bad line when the reader stops on errors
   * @throws IllegalStateException if the events were already asked for
   */
  @Override
  public Iterator<Event> iterator() {
    if (iterated) {
      throw new IllegalStateException("an NdjsonEventReader is read once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public Event next() {
        if (!advance()) {
          throw new NoSuchElementException();
        }
        Event e = next;
        next = null;
        return e;
      }
    };
  }

  /**
   * Returns the events as a lazy, ordered, sequential stream; closing the stream closes this
   * reader.
   *
   * @return the stream
   * @throws IllegalStateException if the events were already asked for
   */
  public Stream<Event> stream() {
    Spliterator<Event> split = Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(this::close);
  }

  /**
   * Returns the number of the last line read, counting from 1; 0 before the first.
   *
   * @return the number of lines read so far, blank lines included; 0 before the first.
   *     {@code hasNext()} reads up to and including the line of the next event
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Closes the input stream.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    finished = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines until an event is ready or the input ends; tells whether an event is ready. */
  private boolean advance() {
    while (next == null && !finished) {
      if (!readLine()) {
        finished = true;
        break;
      }
      lineNumber++;
      if (lineTooLong) {
        fail(new LineException(lineNumber, List.of(new Violation("$", ViolationCode.LIMIT_EXCEEDED,
            "the line is longer than " + maxLineLength + " bytes")), null));
      } else {
        // A byte order mark may open the stream, and so the first line, but no other line.
        int from = lineNumber == 1 && ByteOrderMark.at(line, 0, lineLength) ? 3 : 0;
        if (ByteOrderMark.at(line, from, lineLength)) {
          fail(new LineException(lineNumber, List.of(new Violation("$", ViolationCode.MALFORMED,
              "a byte order mark (U+FEFF) is allowed only once, at the very start of the stream")), null));
        } else if (!isBlank(from)) {
          try {
            // No copy of the line (read before the buffer is reused), but after a byte order mark.
            next = from == 0 ? json.readEvent(line, lineLength, shared)
                : json.readEvent(Arrays.copyOfRange(line, from, lineLength));
          } catch (StatecraftJsonException e) {
            fail(new LineException(lineNumber, e.violations(), e));
          }
        }
      }
    }
    return next != null;
  }

  private void fail(LineException e) {
    if (onError == OnError.STOP) {
      finished = true;
      throw e;
    }
    onSkip.accept(e);
  }

  private boolean isBlank(int from) {
    for (int i = from; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next line into {@link #line} without its {@code \n}; a line over the limit is
   * consumed but not kept ({@link #lineTooLong}).
   *
   * @return false at the end of the input when no line is left
   */
  private boolean readLine() {
    lineLength = 0;
    lineTooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any;
      }
      any = true;
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(start, end - start);
      if (end < limit) {
        position = end + 1;
        return true;
      }
      position = limit;
    }
  }

  private void append(int from, int length) {
    if (lineTooLong || length == 0) {
      return;
    }
    if ((long) lineLength + length > maxLineLength) {
      lineTooLong = true;
      return;
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineLength, Math.max((long) line.length * 2, lineLength + length)));
    }
    System.arraycopy(buffer, from, line, lineLength, length);
    lineLength += length;
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        endOfInput = true;
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      finished = true;
      throw new UncheckedIOException(e);
    }
  }
}
