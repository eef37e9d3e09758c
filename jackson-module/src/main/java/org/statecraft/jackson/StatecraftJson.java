package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/**
 * The ready-made entry point for reading and writing Statecraft JSON: a dossier, or a single event
 * for messaging, in the wire format of {@code docs/wire-format.md}.
 *
 * <pre>{@code
 * StatecraftJson json = StatecraftJson.standard();
 * Dossier dossier = json.readDossier(Path.of("kabul.json"));
 * byte[] message = json.writeEventAsBytes(dossier.events().get(0));
 * }</pre>
 *
 * <p><b>Reading</b> is hardened: the limits of the wire format (nesting depth 32, strings of
 * 20,000 characters, property names of 100, numbers of 40, documents of 16 MiB), duplicate
 * property names rejected, content after the document rejected, no default typing, no class names.
 * {@link #standard()} ignores unknown properties (tolerant reader); {@link #strict()} rejects them.
 * Input is UTF-8 (bytes, streams, files) or text; one byte order mark at the very start (U+FEFF,
 * {@code EF BB BF} in UTF-8) is ignored by every method, in both modes, and a U+FEFF anywhere else
 * outside a string, or input in UTF-16 or UTF-32, is {@code malformed}. The writer never writes a
 * byte order mark.
 * Every failure of the input is a {@link StatecraftJsonException} listing every violation found with
 * its JSON path; a failure to read the stream or file itself is an {@link UncheckedIOException}.
 * Streams passed in are neither closed nor read past the document's end except as buffering needs.
 *
 * <p><b>Writing</b> always gives the canonical form: the same value gives the same bytes (UTF-8).
 * Streams passed in are flushed, not closed.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class StatecraftJson {

  private static final StatecraftJson STANDARD = new StatecraftJson(false);
  private static final StatecraftJson STRICT = new StatecraftJson(true);

  private static final DefaultPrettyPrinter PRETTY = pretty();

  private final boolean strict;
  private final ObjectMapper mapper;
  /**
   * The hardened factory, with Jackson's duplicate detection: for a malformed document's second
   * read, streams beyond the document limit, and writing.
   */
  private final JsonFactory factory;
  /**
   * The same factory without Jackson's duplicate detection, for byte and text input: there the
   * reader rejects a repeated property itself, without a set of names per object (see
   * {@link #read(Open, Body, boolean, boolean)}).
   */
  private final JsonFactory fast;

  private StatecraftJson(boolean strict) {
    this.strict = strict;
    this.mapper = hardenedMapper(strict);
    this.factory = mapper.getFactory();
    this.fast = factoryBuilder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * Returns the tolerant reader and canonical writer: unknown properties are ignored.
   *
   * @return the shared instance
   */
  public static StatecraftJson standard() {
    return STANDARD;
  }

  /**
   * Returns the strict reader and canonical writer: unknown properties are rejected with
   * {@link ViolationCode#UNKNOWN_PROPERTY} and their JSON paths.
   *
   * @return the shared instance
   */
  public static StatecraftJson strict() {
    return STRICT;
  }

  /**
   * Returns whether this instance rejects unknown properties.
   *
   * @return true for {@link #strict()}; false for {@link #standard()}, which ignores them
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns a new, independent copy of the hardened mapper this instance uses, with
   * {@link StatecraftModule} registered, for users who want an {@link ObjectMapper} of their own.
   *
   * @return a new mapper; changing it does not affect this instance
   */
  public ObjectMapper newObjectMapper() {
    return mapper.copy();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads a dossier.
   *
   * @param json the JSON text
   * @return the dossier, valid
   * @throws StatecraftJsonException if the text is not a valid dossier
   */
  public Dossier readDossier(String json) {
    Objects.requireNonNull(json, "json");
    return read(f -> f.createParser(ByteOrderMark.skip(json)), this::dossier, true, true);
  }

  /**
   * Reads a dossier.
   *
   * @param json the JSON document in UTF-8
   * @return the dossier, valid
   * @throws StatecraftJsonException if the bytes are not a valid dossier
   */
  public Dossier readDossier(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(f -> parser(f, json), this::dossier, true, true);
  }

  /**
   * Reads a dossier from a stream, which is not closed. The stream is read to its end (at most
   * the document limit, 16 MiB, is held) and the bytes are read as {@link #readDossier(byte[])}
   * reads them, so every error is reported exactly as for the same bytes.
   *
   * @param json the JSON document in UTF-8
   * @return the dossier, valid
   * @throws StatecraftJsonException if the input is not a valid dossier
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Dossier readDossier(InputStream json) {
    Objects.requireNonNull(json, "json");
    return fromStream(json, this::readDossier, this::dossier, true);
  }

  /**
   * Reads a dossier from a character stream, which is not closed. The stream is read to its end
   * (at most the document limit, 16 Mi characters, is held) and the text is read as
   * {@link #readDossier(String)} reads it, so every error is reported exactly as for the same text.
   *
   * @param json the JSON text
   * @return the dossier, valid
   * @throws StatecraftJsonException if the input is not a valid dossier
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Dossier readDossier(Reader json) {
    Objects.requireNonNull(json, "json");
    return fromReader(json, this::readDossier, this::dossier, true);
  }

  /**
   * Reads a dossier from a file.
   *
   * @param file a UTF-8 JSON file
   * @return the dossier, valid
   * @throws StatecraftJsonException if the file is not a valid dossier
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dossier readDossier(Path file) {
    return fromFile(file, this::readDossier);
  }

  /**
   * Reads a single event: a document of its own that carries {@code schemaVersion}. Its
   * references are not resolved.
   *
   * @param json the JSON text
   * @return the event, valid
   * @throws StatecraftJsonException if the text is not a valid event
   */
  public Event readEvent(String json) {
    Objects.requireNonNull(json, "json");
    return read(f -> f.createParser(ByteOrderMark.skip(json)), this::event, true, false);
  }

  /**
   * Reads a single event.
   *
   * @param json the JSON document in UTF-8
   * @return the event, valid
   * @throws StatecraftJsonException if the bytes are not a valid event
   * @see #readEvent(String)
   */
  public Event readEvent(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(f -> parser(f, json), this::event, true, false);
  }

  /**
   * Reads a single event from a stream, which is not closed. The stream is read to its end (at
   * most the document limit is held) and the bytes are read as {@link #readEvent(byte[])} reads
   * them, so every error is reported exactly as for the same bytes.
   *
   * @param json the JSON document in UTF-8
   * @return the event, valid
   * @throws StatecraftJsonException if the input is not a valid event
   * @throws UncheckedIOException if the stream cannot be read
   * @see #readEvent(String)
   */
  public Event readEvent(InputStream json) {
    Objects.requireNonNull(json, "json");
    return fromStream(json, this::readEvent, this::event, false);
  }

  /**
   * Reads a single event from a character stream, which is not closed. The stream is read to its
   * end (at most the document limit is held) and the text is read as {@link #readEvent(String)}
   * reads it, so every error is reported exactly as for the same text.
   *
   * @param json the JSON text
   * @return the event, valid
   * @throws StatecraftJsonException if the input is not a valid event
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Event readEvent(Reader json) {
    Objects.requireNonNull(json, "json");
    return fromReader(json, this::readEvent, this::event, false);
  }

  /**
   * Reads a single event from a file.
   *
   * @param file a UTF-8 JSON file holding one event
   * @return the event, valid
   * @throws StatecraftJsonException if the file is not a valid event
   * @throws UncheckedIOException if the file cannot be read
   */
  public Event readEvent(Path file) {
    return fromFile(file, this::readEvent);
  }


  /**
   * Reads a single event from the first {@code length} bytes of {@code json}, exactly as
   * {@link #readEvent(byte[])} reads a copy of them; for {@link NdjsonEventReader}, which reads
   * every line into the same buffer.
   */
  Event readEvent(byte[] json, int length, @Nullable TextCache shared) {
    Objects.checkFromIndexSize(0, length, json.length);
    return read(f -> parser(f, json, length), this::event, true, shared);
  }

  /**
   * Reads a byte stream as {@code asBytes} reads the same bytes. A document within the limit is
   * read whole first; a longer one is read on from the stream, so that the limit is reported where
   * the parser crosses it, as for bytes.
   */
  private <T> T fromStream(InputStream in, Function<byte[], T> asBytes, Body<T> body, boolean memo) {
    byte[] whole = upToLimit(in);
    if (whole.length <= Limits.MAX_DOCUMENT_LENGTH) {
      return asBytes.apply(whole);
    }
    return read(f -> f.createParser(Utf8Input.checking(new SequenceInputStream(new ByteArrayInputStream(whole), in))),
        body, false, memo);
  }

  /** Reads a character stream as {@code asText} reads the same text; see {@link #fromStream}. */
  private <T> T fromReader(Reader in, Function<String, T> asText, Body<T> body, boolean memo) {
    String whole = upToLimit(in);
    if (whole.length() <= Limits.MAX_DOCUMENT_LENGTH) {
      return asText.apply(whole);
    }
    return read(f -> f.createParser(ByteOrderMark.skipping(new Concat(whole, in))), body, false, memo);
  }

  private static <T> T fromFile(Path file, Function<InputStream, T> fromStream) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return fromStream.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a byte stream to its end, or to one byte past the document limit. */
  private static byte[] upToLimit(InputStream in) {
    try {
      return in.readNBytes((int) Limits.MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a character stream to its end, or to one character past the document limit. */
  private static String upToLimit(Reader in) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    long room = Limits.MAX_DOCUMENT_LENGTH + 1;
    try {
      for (int n; room > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, room))) >= 0; ) {
        text.append(buffer, 0, n);
        room -= n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The text already read, then the rest of the stream. */
  private static final class Concat extends Reader {
    private final String head;
    private final Reader rest;
    private int at;

    Concat(String head, Reader rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (at < head.length()) {
        int n = Math.min(len, head.length() - at);
        head.getChars(at, at + n, buffer, off);
        at += n;
        return n;
      }
      return rest.read(buffer, off, len);
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  private static JsonParser parser(JsonFactory f, byte[] json) throws IOException {
    return parser(f, json, json.length);
  }

  /**
   * Byte input is checked to be well-formed UTF-8 first: Jackson's decoder is lenient. Jackson
   * skips a leading byte order mark when at least one byte follows it; a document that is only the
   * mark is empty, as the text {@code "\uFEFF"} is.
   */
  private static JsonParser parser(JsonFactory f, byte[] json, int length) throws IOException {
    Utf8Input.check(json, length);
    if (length == 3 && ByteOrderMark.at(json, 0, 3)) {
      return f.createParser(json, 3, 0);
    }
    return f.createParser(json, 0, length);
  }

  private @Nullable Dossier dossier(WireReader reader) throws IOException {
    return reader.read(reader::dossier);
  }

  private @Nullable Event event(WireReader reader) throws IOException {
    return reader.read(t -> reader.event(t, true, null));
  }

  @FunctionalInterface
  private interface Open {
    JsonParser open(JsonFactory f) throws IOException;
  }

  @FunctionalInterface
  private interface Body<T> {
    @Nullable T read(WireReader reader) throws IOException;
  }

  /**
   * Reads a document.
   *
   * <p>Input that can be read twice (bytes, text) is read first by a parser without Jackson's
   * duplicate detection, the reader rejecting a repeated property itself. Should that read fail
   * as malformed (a repeated property, a syntax error, an exceeded limit), the input is read again
   * with Jackson's detection, so that the error reported is exactly the one Jackson's parser gives:
   * which of two faults comes first and the position in the message depend on where it notices
   * them.
   *
   * @param twice whether the input may be read a second time
   * @param memo whether to share the values a document repeats (see {@link WireReader#shared}):
   *     worth it for a dossier, not for a single event
   */
  private <T> T read(Open open, Body<T> body, boolean twice, boolean memo) {
    return read(open, body, twice, memo ? new TextCache() : null);
  }

  /**
   * Reads a document, sharing repeated values through {@code shared} if given.
   *
   * @param twice whether the input may be read a second time
   * @param shared the values shared so far, or null to share none
   */
  private <T> T read(Open open, Body<T> body, boolean twice, @Nullable TextCache shared) {
    if (twice) {
      JsonParser p = null;
      try {
        p = open.open(fast);
        return document(p, body, true, shared);
      } catch (JsonProcessingException | CharConversionException e) {
        // Read again below, with Jackson's duplicate detection, for exactly its error.
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        close(p);
      }
    }
    JsonParser p = null;
    try {
      p = open.open(factory);
      return document(p, body, false, shared);
    } catch (JsonProcessingException | CharConversionException e) {
      throw malformed(e, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close(p);
    }
  }

  private static void close(@Nullable JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException ignored) {
        // Nothing was read from it afterwards; the caller owns any stream.
      }
    }
  }

  private <T> T document(JsonParser p, Body<T> body, boolean duplicates, @Nullable TextCache shared)
      throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new StatecraftJsonException(
          List.of(new Violation("$", ViolationCode.MALFORMED, "the document is empty")), null);
    }
    if (first != JsonToken.START_OBJECT) {
      throw new StatecraftJsonException(List.of(new Violation("$", ViolationCode.MALFORMED,
          "the document must be a JSON object, was " + first.asString())), null);
    }
    WireReader reader = shared == null ? new WireReader(p, strict, false, duplicates)
        : new WireReader(p, strict, shared, duplicates);
    T value = body.read(reader);
    if (!reader.hasViolations()) {
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new StatecraftJsonException(List.of(new Violation("$", ViolationCode.MALFORMED,
            "unexpected content after the document: " + describe(after) + location(p.currentLocation()))), null);
      }
    }
    if (value == null || reader.hasViolations()) {
      throw new StatecraftJsonException(reader.violations(), reader.cause());
    }
    return value;
  }

  private static String describe(JsonToken t) {
    return t.asString() != null ? "'" + t.asString() + "'" : "a value";
  }

  private static StatecraftJsonException malformed(IOException e, @Nullable JsonParser p) {
    String path = p == null ? "$" : WireReader.render(p.getParsingContext());
    ViolationCode code = ViolationCode.MALFORMED;
    String message = e.getMessage();
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      message = clearer(j.getOriginalMessage()) + location(at(j, p));
      if (e instanceof StreamConstraintsException) {
        code = ViolationCode.LIMIT_EXCEEDED;
      } else if (j.getOriginalMessage() != null && j.getOriginalMessage().startsWith("Duplicate field '")) {
        code = ViolationCode.DUPLICATE;
      }
    }
    return new StatecraftJsonException(
        List.of(new Violation(path, code, message == null ? e.getClass().getSimpleName() : message)), e);
  }

  /**
   * Where to say a parse error is. An error inside a number is placed at the parser's current
   * token, where the number begins (for a property's value, at the property's name): Jackson's
   * own location for it is the number's last character or the offending one, depending on whether
   * the number straddled a refill of its buffer, so the same text read as a {@code String} and
   * through a {@code Reader} would be told two different columns.
   */
  private static @Nullable JsonLocation at(JsonProcessingException e, @Nullable JsonParser p) {
    String message = e.getOriginalMessage();
    if (p != null && message != null
        && (message.contains(" in numeric value") || message.startsWith("Invalid numeric value"))) {
      return p.currentTokenLocation();
    }
    return e.getLocation();
  }

  /**
   * Jackson's words for a character that is not JSON, made plain where they mislead: a U+FEFF
   * after the start of the input is named as a misplaced byte order mark, and since byte input is
   * known to be well-formed UTF-8 before Jackson decodes it ({@link Utf8Input}), Jackson's
   * "Invalid UTF-8 start byte", which it says of a non-ASCII character outside a string, is
   * replaced by what it means.
   */
  private static @Nullable String clearer(@Nullable String message) {
    if (message == null) {
      return null;
    }
    if (message.contains("(code 65279 / 0xfeff)")) {
      int colon = message.indexOf("): ");
      return "unexpected character U+FEFF: " + ByteOrderMark.ONLY_AT_START
          + (colon < 0 ? "" : "; " + message.substring(colon + 3));
    }
    if (message.startsWith("Invalid UTF-8 start byte")) {
      return "unexpected non-ASCII character outside a string (text belongs in strings; "
          + ByteOrderMark.ONLY_AT_START + ")";
    }
    return message;
  }

  private static String location(@Nullable JsonLocation at) {
    if (at == null || at.getLineNr() < 0) {
      return "";
    }
    return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a dossier in canonical compact form.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public String writeDossier(Dossier dossier) {
    return new String(writeDossierAsBytes(dossier), StandardCharsets.UTF_8);
  }

  /**
   * Writes a dossier in canonical compact form, as UTF-8.
   *
   * @param dossier the dossier
   * @return the JSON document
   */
  public byte[] writeDossierAsBytes(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return bytes(g -> WireWriter.dossier(g, dossier), false);
  }

  /**
   * Writes a dossier in canonical compact form to a stream, which is flushed, not closed.
   *
   * @param dossier the dossier
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeDossier(Dossier dossier, OutputStream out) {
    Objects.requireNonNull(dossier, "dossier");
    write(out, g -> WireWriter.dossier(g, dossier), false);
  }

  /**
   * Writes a dossier in the canonical pretty form used for files: two-space indentation, one
   * property or element per line, {@code "\n"} line ends and a final newline.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public String writeDossierPretty(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return new String(bytes(g -> WireWriter.dossier(g, dossier), true), StandardCharsets.UTF_8);
  }

  /**
   * Writes a single event in canonical compact form, with {@code schemaVersion}.
   *
   * @param event the event
   * @return the JSON text
   */
  public String writeEvent(Event event) {
    return new String(writeEventAsBytes(event), StandardCharsets.UTF_8);
  }

  /**
   * Writes a single event in canonical compact form, as UTF-8, with {@code schemaVersion}.
   *
   * @param event the event
   * @return the JSON document
   */
  public byte[] writeEventAsBytes(Event event) {
    Objects.requireNonNull(event, "event");
    return bytes(g -> WireWriter.event(g, event, true), false);
  }

  /**
   * Writes a single event in canonical compact form to a stream, which is flushed, not closed.
   *
   * @param event the event
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeEvent(Event event, OutputStream out) {
    Objects.requireNonNull(event, "event");
    write(out, g -> WireWriter.event(g, event, true), false);
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  private byte[] bytes(Writing body, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(out, body, pretty);
    return out.toByteArray();
  }

  private void write(OutputStream out, Writing body, boolean pretty) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      body.write(g);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Configuration

  private static JsonFactoryBuilder factoryBuilder() {
    return new JsonFactoryBuilder()
        .streamReadConstraints(Limits.READ)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);
  }

  private static ObjectMapper hardenedMapper(boolean strict) {
    JsonFactory factory = factoryBuilder().build();
    return JsonMapper.builder(factory)
        .addModule(new StatecraftModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .deactivateDefaultTyping()
        .build();
  }

  private static DefaultPrettyPrinter pretty() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withRootSeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
