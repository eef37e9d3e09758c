package org.statecraft.jackson;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Violation;

/**
 * Fuzz targets for reading untrusted JSON: a dossier and a single event, in both modes.
 *
 * <p>A target fails on any {@link Throwable} other than {@link StatecraftJsonException}: a
 * {@code NullPointerException}, a {@code StackOverflowError}, an {@code OutOfMemoryError}, an
 * exception of Jackson or of the model escaping, or a broken property below. Each input is read
 * as bytes, as a stream (whole, and one byte per read) and as text, by the tolerant and by the
 * strict reader: the byte and stream forms must agree exactly, and the strict reader accepts no more than the tolerant one and reads
 * the same value. The text is also read (dossiers) through a {@link java.io.Reader}, whole and one
 * character per read so that every token straddles the parser's buffer: both must give the same
 * outcome as the {@code String}, the same value or the same violations, message for message. A
 * UTF-8 byte order mark put before the input changes nothing (unless the input already starts with
 * one): the text reads to the same outcome, the bytes to the same value or again to a rejection.
 * When the input is accepted, the targets also check what a valid value promises: the text form
 * reads the same value; writing the value and reading it back gives an equal value; and writing
 * is canonical (the same bytes again).
 *
 * <p>{@code mvn verify} replays the checked-in seeds and past findings in
 * {@code src/test/resources/org/statecraft/jackson/StatecraftJsonFuzzTestInputs/<method>/}. Fuzzing
 * proper runs on demand, one target at a time (see {@code docs/reliability.md}):
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_INSTRUMENT='org.statecraft.**,com.fasterxml.jackson.**' \
 *   mvn -pl jackson-module -am test -Dtest='StatecraftJsonFuzzTest#readDossier' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class StatecraftJsonFuzzTest {

  /** Property names, vocabulary values and punctuation of the wire format, beside this class. */
  private static final String DICTIONARY = "StatecraftJsonFuzzTest.dict";

  private static final StatecraftJson STANDARD = StatecraftJson.standard();
  private static final StatecraftJson STRICT = StatecraftJson.strict();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void readDossier(byte[] input) {
    Dossier tolerant = readOrReject(() -> STANDARD.readDossier(input));
    Dossier strict = readOrReject(() -> STRICT.readDossier(input));
    checkModes(tolerant, strict);
    String text = new String(input, StandardCharsets.UTF_8);
    Outcome<Dossier> fromText = outcome(() -> STANDARD.readDossier(text));
    checkForms(tolerant, readOrReject(() -> STANDARD.readDossier(new ByteArrayInputStream(input))), fromText.value());
    check(Objects.equals(tolerant, readOrReject(() -> STANDARD.readDossier(Trickle.bytes(input)))),
        "reading the bytes and reading a stream of them one byte per read disagree");
    checkSame(fromText, outcome(() -> STANDARD.readDossier(new StringReader(text))), "a Reader");
    checkSame(fromText, outcome(() -> STANDARD.readDossier(Trickle.chars(text))), "a Reader giving one char per read");
    checkByteOrderMark(input, text, tolerant, fromText, STANDARD::readDossier, STANDARD::readDossier);
    if (tolerant != null) {
      byte[] canonical = STANDARD.writeDossierAsBytes(tolerant);
      Dossier back = STANDARD.readDossier(canonical);
      check(back.equals(tolerant), "the written dossier reads back as a different value");
      check(Arrays.equals(STANDARD.writeDossierAsBytes(back), canonical), "writing a dossier is not canonical");
    }
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void readEvent(byte[] input) {
    Event tolerant = readOrReject(() -> STANDARD.readEvent(input));
    Event strict = readOrReject(() -> STRICT.readEvent(input));
    checkModes(tolerant, strict);
    String text = new String(input, StandardCharsets.UTF_8);
    Outcome<Event> fromText = outcome(() -> STANDARD.readEvent(text));
    checkForms(tolerant, readOrReject(() -> STANDARD.readEvent(new ByteArrayInputStream(input))), fromText.value());
    check(Objects.equals(tolerant, readOrReject(() -> STANDARD.readEvent(Trickle.bytes(input)))),
        "reading the bytes and reading a stream of them one byte per read disagree");
    checkSame(fromText, outcome(() -> STANDARD.readEvent(new StringReader(text))), "a Reader");
    checkSame(fromText, outcome(() -> STANDARD.readEvent(Trickle.chars(text))), "a Reader giving one char per read");
    checkByteOrderMark(input, text, tolerant, fromText, STANDARD::readEvent, STANDARD::readEvent);
    if (tolerant != null) {
      byte[] canonical = STANDARD.writeEventAsBytes(tolerant);
      Event back = STANDARD.readEvent(canonical);
      check(back.equals(tolerant), "the written event reads back as a different value");
      check(Arrays.equals(STANDARD.writeEventAsBytes(back), canonical), "writing an event is not canonical");
    }
  }

  /** What a reader answered: a value, or the violations it was rejected with. */
  private record Outcome<T>(T value, List<Violation> violations) {}

  private static <T> Outcome<T> outcome(Supplier<T> read) {
    try {
      T value = read.get();
      check(value != null, "a reader returned null");
      return new Outcome<>(value, List.of());
    } catch (StatecraftJsonException e) {
      checkViolations(e);
      return new Outcome<>(null, e.violations());
    }
  }

  /** Returns the value read, or null if the reader rejected the input in the documented way. */
  private static <T> T readOrReject(Supplier<T> read) {
    return outcome(read).value();
  }

  private static void checkViolations(StatecraftJsonException e) {
    check(!e.violations().isEmpty(), "a StatecraftJsonException without violations");
    for (Violation v : e.violations()) {
      check(v.path().startsWith("$"), "a violation whose path is not a JSON path: " + v);
    }
  }

  private static void checkModes(Object tolerant, Object strict) {
    if (strict != null) {
      check(tolerant != null, "the strict reader accepted what the tolerant reader rejected");
      check(strict.equals(tolerant), "the strict and the tolerant reader read different values");
    }
  }

  /**
   * The input forms agree: a stream of the bytes reads exactly as the bytes; text decoded from
   * bytes that were accepted reads as the same value (text decoded from rejected bytes may be
   * accepted, since decoding replaces ill-formed UTF-8).
   */
  private static void checkForms(Object fromBytes, Object fromStream, Object fromText) {
    check(fromBytes == null ? fromStream == null : fromBytes.equals(fromStream),
        "reading the bytes and reading a stream of them disagree");
    if (fromBytes != null) {
      check(fromBytes.equals(fromText), "reading the bytes and reading them decoded as text disagree");
    }
  }

  /** The same characters read another way give the same value, or the same violations. */
  private static void checkSame(Outcome<?> expected, Outcome<?> actual, String how) {
    check(Objects.equals(expected.value(), actual.value()) && expected.violations().equals(actual.violations()),
        "reading the text through " + how + " and as a String disagree: " + actual.violations() + " vs "
            + expected.violations());
  }

  /**
   * A byte order mark before the input is ignored: the text with U+FEFF before it has the same
   * outcome, violations and all (the mark is dropped before parsing); the bytes with
   * {@code EF BB BF} before them read to the same value, or are rejected again (Jackson counts the
   * mark in the columns of its messages, so those may differ).
   */
  private static <T> void checkByteOrderMark(byte[] input, String text, T fromBytes, Outcome<T> fromText,
      Function<String, T> readText, Function<byte[], T> readBytes) {
    if (!text.startsWith("\uFEFF")) {
      checkSame(fromText, outcome(() -> readText.apply("\uFEFF" + text)), "a String with a byte order mark before it");
    }
    if (!(input.length >= 3 && input[0] == BOM[0] && input[1] == BOM[1] && input[2] == BOM[2])) {
      byte[] marked = new byte[input.length + 3];
      System.arraycopy(BOM, 0, marked, 0, 3);
      System.arraycopy(input, 0, marked, 3, input.length);
      T withMark = readOrReject(() -> readBytes.apply(marked));
      check(Objects.equals(fromBytes, withMark), "a byte order mark before the bytes changed what they read to");
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
