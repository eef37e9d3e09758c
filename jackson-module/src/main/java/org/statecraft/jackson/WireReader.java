package org.statecraft.jackson;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStep;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.EventId;
import org.statecraft.core.EventType;
import org.statecraft.core.ExternalId;
import org.statecraft.core.IdScheme;
import org.statecraft.core.LanguageTag;
import org.statecraft.core.Name;
import org.statecraft.core.NameKind;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.OrganizationKind;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Place;
import org.statecraft.core.Position;
import org.statecraft.core.PositionStatus;
import org.statecraft.core.Provenance;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.SanctionStatus;
import org.statecraft.core.Script;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.SourceId;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;
import org.statecraft.core.UnnamedGroup;
import org.statecraft.core.ValidationException;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.core.Visit;
import org.statecraft.core.Coordinates;

/**
 * Reads the wire format from a streaming parser, calling the model's public builders, and
 * collects every violation with its JSON path instead of stopping at the first.
 *
 * <p>Each {@code read...} method takes the current token (the value's first token), leaves the
 * parser on the value's last token, and returns the value, or {@code null} when the value is
 * absent ({@code null} on the wire) or invalid; whether it was invalid is known from the
 * violations recorded. No partly built value is ever returned: an object with any violation
 * inside it is {@code null}. Syntax errors and exceeded limits are thrown by the parser as they
 * are. Not thread-safe: one reader per document.
 */
final class WireReader {

  /** Reads one value starting at the given token. */
  @FunctionalInterface
  interface Elem<T> {
    @Nullable T read(JsonToken t) throws IOException;
  }

  /** Thrown to stop reading once the violation limit is reached; never escapes this package. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final String TYPES = Wire.EVENT_TYPE.known();

  private final JsonParser p;
  private final boolean strict;
  private final boolean memo;
  private final boolean duplicates;
  /**
   * Per nesting depth, the names of unknown properties seen in the object being read at that
   * depth (live only while that object's {@code seen} mask has {@link #OTHERS} set).
   */
  private @Nullable Set<String> @Nullable [] others;
  private final List<Violation> violations = new ArrayList<>();
  private @Nullable Throwable cause;
  /** Values already converted from text, per converter; see {@link #value}. */
  private @Nullable TextCache values;

  /**
   * @param p the parser, positioned on or before the value to read
   * @param strict whether unknown properties are violations (otherwise they are skipped)
   */
  WireReader(JsonParser p, boolean strict) {
    this(p, strict, true);
  }

  /**
   * @param p the parser, positioned on or before the value to read
   * @param strict whether unknown properties are violations (otherwise they are skipped)
   * @param memo whether to share repeated values (see {@link #shared})
   */
  WireReader(JsonParser p, boolean strict, boolean memo) {
    this(p, strict, memo, false);
  }

  /**
   * @param p the parser, positioned on or before the value to read
   * @param strict whether unknown properties are violations (otherwise they are skipped)
   * @param memo whether to share repeated values (see {@link #shared})
   * @param duplicates whether this reader rejects a repeated property name itself (with a
   *     {@link JsonParseException}, as Jackson's {@code STRICT_DUPLICATE_DETECTION} does, which the
   *     parser then need not do); otherwise the parser's own configuration decides
   */
  WireReader(JsonParser p, boolean strict, boolean memo, boolean duplicates) {
    this.p = p;
    this.strict = strict;
    this.memo = memo;
    this.duplicates = duplicates;
  }

  /**
   * A reader that shares repeated values through {@code values}, which may outlive it (an NDJSON
   * stream keeps one for all its events: the values are immutable and valid).
   *
   * @param p the parser, positioned on or before the value to read
   * @param strict whether unknown properties are violations (otherwise they are skipped)
   * @param values the values shared so far
   * @param duplicates see {@link #WireReader(JsonParser, boolean, boolean, boolean)}
   */
  WireReader(JsonParser p, boolean strict, TextCache values, boolean duplicates) {
    this(p, strict, true, duplicates);
    this.values = values;
  }

  JsonParser parser() {
    return p;
  }

  boolean hasViolations() {
    return !violations.isEmpty();
  }

  /** Returns the violations found so far, with JSON paths; unmodifiable. */
  List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Returns the first model exception behind a violation, if any. */
  @Nullable Throwable cause() {
    return cause;
  }

  /**
   * Reads a value starting at the parser's current token, stopping quietly when the violation
   * limit is reached.
   */
  <T> @Nullable T read(Elem<T> body) throws IOException {
    try {
      return body.read(p.currentToken());
    } catch (Stop stop) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Paths and violations

  /** Returns the JSON path of the current value (or of the object just closed). */
  String path() {
    return render(p.getParsingContext());
  }

  static String render(@Nullable JsonStreamContext ctx) {
    StringBuilder sb = new StringBuilder(40);
    append(sb, ctx);
    return sb.toString();
  }

  private static void append(StringBuilder sb, @Nullable JsonStreamContext c) {
    if (c == null || c.inRoot()) {
      sb.append('$');
      return;
    }
    append(sb, c.getParent());
    if (c.inArray()) {
      if (c.getEntryCount() > 0) { // no element read yet: the array itself
        sb.append('[').append(c.getCurrentIndex()).append(']');
      }
    } else {
      String name = c.getCurrentName();
      if (name != null) {
        appendName(sb, name);
      }
    }
  }

  static void appendName(StringBuilder sb, String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0)) && name.charAt(0) != '$';
    for (int i = 1; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
    if (plain && name.charAt(0) < 128) {
      sb.append('.').append(name);
      return;
    }
    sb.append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append("']");
  }

  /** Joins a JSON path and a model path such as {@code visitors[0]} or {@code stages[1].when}. */
  static String join(String base, String relative) {
    if (relative.isEmpty()) {
      return base;
    }
    return relative.charAt(0) == '[' ? base + relative : base + "." + relative;
  }

  void add(String path, ViolationCode code, String message) {
    violations.add(new Violation(path, code, message));
    if (violations.size() >= Limits.MAX_VIOLATIONS) {
      violations.add(new Violation(path, ViolationCode.LIMIT_EXCEEDED,
          "reading stopped after " + Limits.MAX_VIOLATIONS + " violations"));
      throw new Stop();
    }
  }

  /** Records a model exception's violations under the JSON path of the value that failed. */
  private void model(ValidationException e, String base, @Nullable List<String> failed, boolean group) {
    if (cause == null) {
      cause = e;
    }
    for (Violation v : e.violations()) {
      String relative = v.path();
      if (failed != null && under(relative, failed)) {
        continue; // already reported where the property's own value failed
      }
      if (group && (relative.equals("description"))) {
        relative = "group";
      }
      add(join(base, relative), v.code(), v.message());
    }
  }

  private static boolean under(String path, List<String> failed) {
    for (String f : failed) {
      if (path.startsWith(f) && (path.length() == f.length() || path.charAt(f.length()) == '.'
          || path.charAt(f.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  private static List<String> fail(@Nullable List<String> failed, String name) {
    List<String> out = failed == null ? new ArrayList<>(4) : failed;
    out.add(name);
    return out;
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_NUMBER_FLOAT: return "a number with a fraction or exponent";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return t.toString();
    }
  }

  private void wrongType(JsonToken t, String expected) throws IOException {
    add(path(), ViolationCode.INVALID_FORMAT, "must be " + expected + ", was " + describe(t));
    skip();
  }

  private static String quote(String s) {
    return "'" + (s.length() <= 60 ? s : s.substring(0, 57) + "...") + "'";
  }

  /** Skips an unknown property's value; a violation in strict mode. */
  private void unknown(String name) throws IOException {
    if (strict) {
      add(path(), ViolationCode.UNKNOWN_PROPERTY, "unknown property " + quote(name));
    }
    skip();
  }

  /** Skips the rest of the current object, leaving the parser on its end. */
  private void skipRest(long seen, PropertyNames kind) throws IOException {
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, kind, n);
      p.nextToken();
      skip();
    }
  }

  /**
   * Skips the value at the current token (its children, if it is an object or an array), still
   * rejecting a repeated property name in every object inside it.
   */
  private void skip() throws IOException {
    if (!duplicates) {
      p.skipChildren();
      return;
    }
    JsonToken t = p.currentToken();
    if (t == START_OBJECT) {
      long seen = 0;
      for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
        seen = once(seen, PropertyNames.NONE, n);
        p.nextToken();
        skip();
      }
    } else if (t == START_ARRAY) {
      for (JsonToken e = p.nextToken(); e != END_ARRAY && e != null; e = p.nextToken()) {
        skip();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Repeated property names

  /** The bit of a {@code seen} mask that says the object has unknown properties too. */
  private static final long OTHERS = 1L << 63;

  /**
   * Records that the object being read has property {@code n}, given the properties seen before
   * in it ({@code seen}, 0 for none), and returns the new mask. A name seen before is rejected
   * with a {@link JsonParseException}, which stops reading at once. Known names cost a bit each,
   * unknown ones a set per nesting depth, made on the first unknown property and reused after.
   */
  private long once(long seen, PropertyNames kind, String n) throws IOException {
    if (!duplicates) {
      return seen;
    }
    int i = kind.bit(n);
    if (i >= 0) {
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw duplicate(n);
      }
      return seen | bit;
    }
    int depth = p.getParsingContext().getNestingDepth();
    Set<String>[] sets = others;
    if (sets == null || depth >= sets.length) {
      sets = others = Arrays.copyOf(sets == null ? newSets(8) : sets, Math.max(8, depth * 2));
    }
    Set<String> names = sets[depth];
    if ((seen & OTHERS) == 0) { // the first unknown property of this object
      if (names == null || names.size() > 64) {
        names = sets[depth] = new HashSet<>();
      } else {
        names.clear();
      }
    }
    if (!names.add(n)) {
      throw duplicate(n);
    }
    return seen | OTHERS;
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newSets(int n) {
    return (Set<String>[]) new Set<?>[n];
  }

  /** The exception Jackson's own duplicate detection throws, with the same message. */
  private JsonParseException duplicate(String n) {
    return new JsonParseException(p, "Duplicate field '" + n + "'");
  }

  private static final PropertyNames DOSSIER = new PropertyNames(
      "schemaVersion", "source", "otherSources", "officials", "organizations", "events");
  private static final PropertyNames SOURCE_DOCUMENT = new PropertyNames(
      "id", "title", "publisher", "published", "url", "language", "paragraphCount");
  private static final PropertyNames OFFICIAL = new PropertyNames(
      "id", "names", "nationalities", "positions", "externalIds", "provenance");
  private static final PropertyNames POSITION = new PropertyNames(
      "title", "organization", "term", "status", "provenance");
  private static final PropertyNames ORGANIZATION = new PropertyNames(
      "id", "names", "kind", "country", "parent", "externalIds", "provenance");
  private static final PropertyNames NAME = new PropertyNames("text", "kind", "language", "script");
  private static final PropertyNames EXTERNAL_ID = new PropertyNames("scheme", "value");
  private static final PropertyNames COORDINATES = new PropertyNames("latitude", "longitude");
  private static final PropertyNames PLACE = new PropertyNames("name", "country", "coordinates", "gazetteerId");
  private static final PropertyNames PROVENANCE = new PropertyNames("source", "paragraph", "basis", "attributedTo");
  private static final PropertyNames ACTOR = new PropertyNames("official", "organization", "group", "affiliation");
  private static final PropertyNames STEP = new PropertyNames("stage", "when", "announcedBy", "provenance");
  private static final PropertyNames EVENT = new PropertyNames(
      "schemaVersion", "type", "id", "when", "place", "provenance",
      "visitors", "hosts", "purpose", "topics",
      "speaker", "kind", "summary", "addressees", "subjects", "occasion", "respondsTo",
      "authority", "targets", "measures", "program", "legalBasis", "status",
      "listName", "subject", "action", "stages");

  // ---------------------------------------------------------------------------------------------
  // Scalars

  private boolean object(JsonToken t) throws IOException {
    if (t == START_OBJECT) {
      return true;
    }
    if (t != VALUE_NULL) {
      wrongType(t, "an object");
    }
    return false;
  }

  /** A string; null for JSON null (absent) or a violation. */
  @Nullable String text(JsonToken t) throws IOException {
    if (t == VALUE_STRING) {
      return p.getText();
    }
    if (t != VALUE_NULL) {
      wrongType(t, "a string");
    }
    return null;
  }

  /** A string converted by a model factory that may throw {@link ValidationException}. */
  <T> @Nullable T value(JsonToken t, Function<String, T> parse) throws IOException {
    String s = text(t);
    return s == null ? null : convert(s, parse);
  }

  /**
   * A string converted by a model factory, for values of which a document holds few distinct ones
   * many times (identifiers of sources, officials and organizations; codes of countries, languages
   * and scripts): with {@code memo}, each distinct text is converted (and validated) once per
   * reader and per converter, and every repeat is the same instance, found by the parser's
   * characters without making a string. Sharing instances also makes the dossier's
   * cross-reference checks cheaper: a repeated identifier's hash code is computed once.
   */
  @SuppressWarnings("unchecked")
  <T> @Nullable T shared(JsonToken t, Function<String, T> parse) throws IOException {
    if (t != VALUE_STRING || !memo) {
      return value(t, parse);
    }
    TextCache known = values;
    if (known == null) {
      known = values = new TextCache();
    }
    // A repeated text is found by its characters, without making a string for it.
    char[] chars = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    int hash = TextCache.hash(chars, off, len);
    Object hit = known.get(parse, chars, off, len, hash);
    if (hit != null) {
      return (T) hit;
    }
    String s = new String(chars, off, len);
    T value = convert(s, parse);
    if (value != null) {
      known.put(parse, s, hash, value);
    }
    return value;
  }

  private <T> @Nullable T convert(String s, Function<String, T> parse) {
    try {
      return parse.apply(s);
    } catch (ValidationException e) {
      if (cause == null) {
        cause = e;
      }
      String at = path();
      for (Violation v : e.violations()) {
        add(at, v.code(), v.path().isEmpty() ? v.message() : v.path() + ": " + v.message());
      }
      return null;
    }
  }

  <E extends Enum<E>> @Nullable E enumValue(JsonToken t, EnumCodec<E> codec) throws IOException {
    if (t != VALUE_STRING) {
      text(t);
      return null;
    }
    E e = codec.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()); // no string made
    if (e == null) {
      String s = p.getText();
      add(path(), ViolationCode.UNKNOWN_VALUE,
          "unknown " + codec.what() + " " + quote(s) + "; known values are " + codec.known());
    }
    return e;
  }

  private @Nullable Integer integer(JsonToken t) throws IOException {
    if (t == VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      add(path(), ViolationCode.OUT_OF_RANGE, "must be at most " + Integer.MAX_VALUE + ", was " + p.getText());
      return null;
    }
    if (t != VALUE_NULL) {
      wrongType(t, "an integer");
    }
    return null;
  }

  private @Nullable Double number(JsonToken t) throws IOException {
    if (t == VALUE_NUMBER_INT || t == VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t != VALUE_NULL) {
      wrongType(t, "a number");
    }
    return null;
  }

  /** A list; empty for JSON null; null if any element is invalid. */
  <T> @Nullable List<T> list(JsonToken t, Elem<T> element) throws IOException {
    if (t == VALUE_NULL) {
      return List.of();
    }
    if (t != START_ARRAY) {
      wrongType(t, "an array");
      return null;
    }
    List<T> out = new ArrayList<>(4); // most lists of the format hold one to three elements
    int start = violations.size();
    for (JsonToken e = p.nextToken(); e != END_ARRAY && e != null; e = p.nextToken()) {
      if (e == VALUE_NULL) {
        add(path(), ViolationCode.REQUIRED, "must not be null");
        continue;
      }
      T value = element.read(e);
      if (value != null) {
        out.add(value);
      }
    }
    return violations.size() == start ? out : null;
  }

  /** Reads {@code schemaVersion}; returns false (after skipping the object's rest) if unsupported. */
  private boolean version(JsonToken t, int start, long seen, PropertyNames kind) throws IOException {
    Integer version = integer(t);
    if (version == null || version == Wire.SCHEMA_VERSION) {
      return true;
    }
    String at = path();
    while (violations.size() > start) {
      violations.remove(violations.size() - 1);
    }
    add(at, ViolationCode.UNKNOWN_VALUE,
        "unsupported schemaVersion " + version + "; this reader supports " + Wire.SCHEMA_VERSION);
    skipRest(seen, kind);
    return false;
  }

  /** Reports a missing property of the object just closed. */
  private void required(boolean present, String name) {
    if (!present) {
      add(path() + "." + name, ViolationCode.REQUIRED, "is required");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Documents

  /** Reads a dossier object. */
  @Nullable Dossier dossier(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    boolean versionSeen = false;
    boolean sourceSeen = false;
    SourceDocument source = null;
    List<SourceDocument> others = null;
    List<Official> officials = null;
    List<Organization> organizations = null;
    List<Event> events = null;
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, DOSSIER, n);
      JsonToken v = p.nextToken();
      switch (n) {
        case "schemaVersion":
          versionSeen |= v != VALUE_NULL;
          if (!version(v, start, seen, DOSSIER)) {
            return null;
          }
          break;
        case "source":
          sourceSeen |= v != VALUE_NULL;
          source = sourceDocument(v);
          break;
        case "otherSources":
          others = list(v, this::sourceDocument);
          break;
        case "officials":
          officials = list(v, this::official);
          break;
        case "organizations":
          organizations = list(v, this::organization);
          break;
        case "events":
          events = list(v, e -> event(e, false, null));
          break;
        default:
          unknown(n);
      }
    }
    required(versionSeen, "schemaVersion");
    required(sourceSeen, "source");
    if (violations.size() > start) {
      return null; // cross-reference checks only run on a dossier whose parts are all valid
    }
    try {
      Dossier.Builder b = Dossier.builder().source(source);
      if (others != null) {
        b.otherSources(others);
      }
      if (officials != null) {
        b.officials(officials);
      }
      if (organizations != null) {
        b.organizations(organizations);
      }
      if (events != null) {
        b.events(events);
      }
      return b.build();
    } catch (ValidationException e) {
      model(e, path(), null, false);
      return null;
    }
  }

  @Nullable SourceDocument sourceDocument(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    SourceDocument.Builder b = SourceDocument.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, SOURCE_DOCUMENT, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "id":
          SourceId id = shared(v, SourceId::of);
          if (id != null) {
            b.id(id);
          }
          break;
        case "title":
          String title = text(v);
          if (title != null) {
            b.title(title);
          }
          break;
        case "publisher":
          b.publisher(Optional.ofNullable(text(v)));
          break;
        case "published":
          b.published(Optional.ofNullable(value(v, PartialDate::parse)));
          break;
        case "url":
          b.url(Optional.ofNullable(text(v)));
          break;
        case "language":
          b.language(Optional.ofNullable(shared(v, LanguageTag::of)));
          break;
        case "paragraphCount":
          Integer count = integer(v);
          if (count != null) {
            b.paragraphCount(count);
          }
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, () -> b.build());
  }

  /** The last step of reading an object: build it, mapping the model's violations to JSON paths. */
  private <T> @Nullable T finish(int start, @Nullable List<String> failed, Build<T> build) {
    return finish(start, failed, build, false);
  }

  private <T> @Nullable T finish(int start, @Nullable List<String> failed, Build<T> build, boolean group) {
    T value;
    try {
      value = build.build();
    } catch (ValidationException e) {
      model(e, path(), failed, group);
      return null;
    }
    return violations.size() > start ? null : value;
  }

  @FunctionalInterface
  private interface Build<T> {
    T build();
  }

  // ---------------------------------------------------------------------------------------------
  // Entities and value objects

  @Nullable Official official(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Official.Builder b = Official.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, OFFICIAL, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "id":
          OfficialId id = shared(v, OfficialId::of);
          if (id != null) {
            b.id(id);
          }
          break;
        case "names":
          List<Name> names = list(v, this::name);
          if (names != null) {
            b.names(names);
          }
          break;
        case "nationalities":
          List<CountryCode> countries = list(v, e -> shared(e, CountryCode::of));
          if (countries != null) {
            b.nationalities(countries);
          }
          break;
        case "positions":
          List<Position> positions = list(v, this::position);
          if (positions != null) {
            b.positions(positions);
          }
          break;
        case "externalIds":
          List<ExternalId> ids = list(v, this::externalId);
          if (ids != null) {
            b.externalIds(ids);
          }
          break;
        case "provenance":
          List<Provenance> provenance = list(v, this::provenance);
          if (provenance != null) {
            b.provenance(provenance);
          }
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  @Nullable Position position(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Position.Builder b = Position.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, POSITION, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "title":
          String title = text(v);
          if (title != null) {
            b.title(title);
          }
          break;
        case "organization":
          OrganizationId organization = shared(v, OrganizationId::of);
          if (organization != null) {
            b.organization(organization);
          }
          break;
        case "term":
          DateInterval term = value(v, DateInterval::parse);
          if (term != null) {
            b.term(term);
          }
          break;
        case "status":
          PositionStatus status = enumValue(v, Wire.POSITION_STATUS);
          if (status != null) {
            b.status(status);
          }
          break;
        case "provenance":
          List<Provenance> provenance = list(v, this::provenance);
          if (provenance != null) {
            b.provenance(provenance);
          }
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  @Nullable Organization organization(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Organization.Builder b = Organization.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, ORGANIZATION, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "id":
          OrganizationId id = shared(v, OrganizationId::of);
          if (id != null) {
            b.id(id);
          }
          break;
        case "names":
          List<Name> names = list(v, this::name);
          if (names != null) {
            b.names(names);
          }
          break;
        case "kind":
          OrganizationKind kind = enumValue(v, Wire.ORGANIZATION_KIND);
          if (kind != null) {
            b.kind(kind);
          }
          break;
        case "country":
          b.country(Optional.ofNullable(shared(v, CountryCode::of)));
          break;
        case "parent":
          b.parent(Optional.ofNullable(shared(v, OrganizationId::of)));
          break;
        case "externalIds":
          List<ExternalId> ids = list(v, this::externalId);
          if (ids != null) {
            b.externalIds(ids);
          }
          break;
        case "provenance":
          List<Provenance> provenance = list(v, this::provenance);
          if (provenance != null) {
            b.provenance(provenance);
          }
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  @Nullable Name name(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Name.Builder b = Name.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, NAME, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "text":
          String text = text(v);
          if (text != null) {
            b.text(text);
          }
          break;
        case "kind":
          NameKind kind = enumValue(v, Wire.NAME_KIND);
          if (kind != null) {
            b.kind(kind);
          }
          break;
        case "language":
          b.language(Optional.ofNullable(shared(v, LanguageTag::of)));
          break;
        case "script":
          b.script(Optional.ofNullable(shared(v, Script::of)));
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  @Nullable ExternalId externalId(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    IdScheme scheme = null;
    String value = null;
    boolean schemeSeen = false;
    boolean valueSeen = false;
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, EXTERNAL_ID, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "scheme":
          schemeSeen |= v != VALUE_NULL;
          scheme = shared(v, IdScheme::of);
          break;
        case "value":
          valueSeen |= v != VALUE_NULL;
          value = text(v);
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    required(schemeSeen, "scheme");
    required(valueSeen, "value");
    if (scheme == null || value == null) {
      return null;
    }
    IdScheme s = scheme;
    String val = value;
    return finish(start, failed, () -> ExternalId.of(s, val));
  }

  @Nullable Coordinates coordinates(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Double latitude = null;
    Double longitude = null;
    boolean latitudeSeen = false;
    boolean longitudeSeen = false;
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, COORDINATES, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "latitude":
          latitudeSeen |= v != VALUE_NULL;
          latitude = number(v);
          break;
        case "longitude":
          longitudeSeen |= v != VALUE_NULL;
          longitude = number(v);
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    required(latitudeSeen, "latitude");
    required(longitudeSeen, "longitude");
    if (latitude == null || longitude == null) {
      return null;
    }
    double lat = latitude;
    double lon = longitude;
    return finish(start, failed, () -> Coordinates.of(lat, lon));
  }

  @Nullable Place place(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Place.Builder b = Place.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, PLACE, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "name":
          String name = text(v);
          if (name != null) {
            b.name(name);
          }
          break;
        case "country":
          CountryCode country = shared(v, CountryCode::of);
          if (country != null) {
            b.country(country);
          }
          break;
        case "coordinates":
          b.coordinates(Optional.ofNullable(coordinates(v)));
          break;
        case "gazetteerId":
          b.gazetteerId(Optional.ofNullable(externalId(v)));
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  @Nullable Provenance provenance(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    Provenance.Builder b = Provenance.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, PROVENANCE, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "source":
          SourceId source = shared(v, SourceId::of);
          if (source != null) {
            b.source(source);
          }
          break;
        case "paragraph":
          Integer paragraph = integer(v);
          if (paragraph != null) {
            b.paragraph(paragraph);
          }
          break;
        case "basis":
          org.statecraft.core.Basis basis = enumValue(v, Wire.BASIS);
          if (basis != null) {
            b.basis(basis);
          }
          break;
        case "attributedTo":
          b.attributedTo(Optional.ofNullable(actor(v)));
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  /** Reads an actor: {@code {"official": ...}}, {@code {"organization": ...}} or {@code {"group": ...}}. */
  @Nullable ActorRef actor(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    OfficialId official = null;
    OrganizationId organization = null;
    String group = null;
    OrganizationId affiliation = null;
    int shapes = 0;
    boolean groupSeen = false;
    boolean affiliationSeen = false;
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, ACTOR, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "official":
          shapes += v != VALUE_NULL ? 1 : 0;
          official = shared(v, OfficialId::of);
          break;
        case "organization":
          shapes += v != VALUE_NULL ? 1 : 0;
          organization = shared(v, OrganizationId::of);
          break;
        case "group":
          groupSeen |= v != VALUE_NULL;
          shapes += v != VALUE_NULL ? 1 : 0;
          group = text(v);
          break;
        case "affiliation":
          affiliationSeen |= v != VALUE_NULL;
          affiliation = shared(v, OrganizationId::of);
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    if (shapes == 0) {
      add(path(), ViolationCode.REQUIRED, "an actor must have one of 'official', 'organization' or 'group'");
    } else if (shapes > 1) {
      add(path(), ViolationCode.INCONSISTENT, "an actor must have only one of 'official', 'organization' or 'group'");
    } else if (affiliationSeen && !groupSeen) {
      add(path(), ViolationCode.INCONSISTENT, "'affiliation' is only allowed beside 'group'");
    }
    if (violations.size() > start) {
      return null;
    }
    if (official != null) {
      return official;
    }
    if (organization != null) {
      return organization;
    }
    String description = group;
    Optional<OrganizationId> of = Optional.ofNullable(affiliation);
    return finish(start, failed,
        () -> UnnamedGroup.builder().description(description).affiliation(of).build(), true);
  }

  /** Reads an actor that must be an unnamed group. */
  @Nullable UnnamedGroup group(JsonToken t) throws IOException {
    ActorRef actor = actor(t);
    if (actor == null || actor instanceof UnnamedGroup) {
      return (UnnamedGroup) actor;
    }
    add(path(), ViolationCode.INCONSISTENT, "must be an unnamed group ({\"group\": ...}), was " + actor);
    return null;
  }

  @Nullable DesignationStep step(JsonToken t) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    DesignationStep.Builder b = DesignationStep.builder();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, STEP, n);
      JsonToken v = p.nextToken();
      int mark = violations.size();
      switch (n) {
        case "stage":
          DesignationStage stage = enumValue(v, Wire.DESIGNATION_STAGE);
          if (stage != null) {
            b.stage(stage);
          }
          break;
        case "when":
          b.when(Optional.ofNullable(value(v, DateInterval::parse)));
          break;
        case "announcedBy":
          b.announcedBy(Optional.ofNullable(value(v, EventId::of)));
          break;
        case "provenance":
          List<Provenance> provenance = list(v, this::provenance);
          if (provenance != null) {
            b.provenance(provenance);
          }
          break;
        default:
          unknown(n);
      }
      if (violations.size() != mark) {
        failed = fail(failed, n);
      }
    }
    return finish(start, failed, b::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  private static final int VISIT = 1 << EventType.VISIT.ordinal();
  private static final int STATEMENT = 1 << EventType.STATEMENT.ordinal();
  private static final int SANCTION = 1 << EventType.SANCTION.ordinal();
  private static final int CHANGE = 1 << EventType.DESIGNATION_CHANGE.ordinal();
  private static final int ALL = VISIT | STATEMENT | SANCTION | CHANGE;

  /** Which event types a property belongs to, as a bit set; 0 for an unknown property. */
  private static int owners(String name) {
    switch (name) {
      case "schemaVersion":
      case "type":
      case "id":
      case "when":
      case "place":
      case "provenance":
        return ALL;
      case "visitors":
      case "hosts":
      case "purpose":
      case "topics":
        return VISIT;
      case "speaker":
      case "kind":
      case "summary":
      case "addressees":
      case "subjects":
      case "occasion":
      case "respondsTo":
        return STATEMENT;
      case "authority":
        return SANCTION | CHANGE;
      case "targets":
      case "measures":
      case "program":
      case "legalBasis":
      case "status":
        return SANCTION;
      case "listName":
      case "subject":
      case "action":
      case "stages":
        return CHANGE;
      default:
        return 0;
    }
  }

  /** The properties of every event type, gathered before the type is known. */
  private static final class Fields {
    @Nullable EventId id;
    @Nullable DateInterval when;
    @Nullable Place place;
    @Nullable List<Provenance> provenance;
    @Nullable List<ActorRef> visitors;
    @Nullable List<ActorRef> hosts;
    @Nullable String purpose;
    @Nullable List<String> topics;
    @Nullable ActorRef speaker;
    @Nullable StatementKind kind;
    @Nullable String summary;
    @Nullable List<ActorRef> addressees;
    @Nullable List<ActorRef> subjects;
    @Nullable EventId occasion;
    @Nullable EventId respondsTo;
    @Nullable OrganizationId authority;
    @Nullable List<ActorRef> targets;
    @Nullable List<SanctionMeasure> measures;
    @Nullable String program;
    @Nullable String legalBasis;
    @Nullable SanctionStatus status;
    @Nullable String listName;
    @Nullable ActorRef subject;
    @Nullable DesignationAction action;
    @Nullable List<DesignationStep> stages;
  }

  /** A type-specific property read before the event's type was known. */
  private static final class Pending {
    final String name;
    final int from;
    final int to;
    final @Nullable String path;

    Pending(String name, int from, int to, @Nullable String path) {
      this.name = name;
      this.from = from;
      this.to = to;
      this.path = path;
    }
  }

  /**
   * Reads an event.
   *
   * @param root whether the event is a document of its own, which must carry {@code schemaVersion}
   * @param expected the type the caller asks for, or null for any
   */
  @Nullable Event event(JsonToken t, boolean root, @Nullable EventType expected) throws IOException {
    if (!object(t)) {
      return null;
    }
    int start = violations.size();
    List<String> failed = null;
    List<Pending> pending = null;
    EventType type = null;
    boolean typeSeen = false;
    boolean versionSeen = false;
    Fields f = new Fields();
    long seen = 0;
    for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
      seen = once(seen, EVENT, n);
      JsonToken v = p.nextToken();
      int owners = owners(n);
      if (owners == 0 || (owners != ALL && typeSeen && (type == null || (owners & (1 << type.ordinal())) == 0))) {
        // Unknown, or belongs to another type, or the type is unknown and nothing can be judged.
        if (owners == 0 || type != null) {
          int mark = violations.size();
          unknown(n);
          if (violations.size() != mark) {
            failed = fail(failed, n);
          }
        } else {
          skip();
        }
        continue;
      }
      int mark = violations.size();
      switch (n) {
        case "schemaVersion":
          versionSeen |= v != VALUE_NULL;
          if (!version(v, start, seen, EVENT)) {
            return null;
          }
          break;
        case "type":
          typeSeen |= v != VALUE_NULL;
          String name = text(v);
          if (name != null) {
            type = Wire.EVENT_TYPE.parse(name);
            if (type == null) {
              add(path(), ViolationCode.UNKNOWN_VALUE, "unknown event type " + quote(name) + "; known types are " + TYPES);
            }
          }
          break;
        case "id":
          f.id = value(v, EventId::of);
          break;
        case "when":
          f.when = value(v, DateInterval::parse);
          break;
        case "place":
          f.place = place(v);
          break;
        case "provenance":
          f.provenance = list(v, this::provenance);
          break;
        case "visitors":
          f.visitors = list(v, this::actor);
          break;
        case "hosts":
          f.hosts = list(v, this::actor);
          break;
        case "purpose":
          f.purpose = text(v);
          break;
        case "topics":
          f.topics = list(v, this::text);
          break;
        case "speaker":
          f.speaker = actor(v);
          break;
        case "kind":
          f.kind = enumValue(v, Wire.STATEMENT_KIND);
          break;
        case "summary":
          f.summary = text(v);
          break;
        case "addressees":
          f.addressees = list(v, this::actor);
          break;
        case "subjects":
          f.subjects = list(v, this::actor);
          break;
        case "occasion":
          f.occasion = value(v, EventId::of);
          break;
        case "respondsTo":
          f.respondsTo = value(v, EventId::of);
          break;
        case "authority":
          f.authority = shared(v, OrganizationId::of);
          break;
        case "targets":
          f.targets = list(v, this::actor);
          break;
        case "measures":
          f.measures = list(v, e -> enumValue(e, Wire.SANCTION_MEASURE));
          break;
        case "program":
          f.program = text(v);
          break;
        case "legalBasis":
          f.legalBasis = text(v);
          break;
        case "status":
          f.status = enumValue(v, Wire.SANCTION_STATUS);
          break;
        case "listName":
          f.listName = text(v);
          break;
        case "subject":
          f.subject = actor(v);
          break;
        case "action":
          f.action = enumValue(v, Wire.DESIGNATION_ACTION);
          break;
        case "stages":
          f.stages = list(v, this::step);
          break;
        default:
          throw new IllegalStateException("unhandled event property " + n); // owners() and this switch agree
      }
      boolean bad = violations.size() != mark;
      if (bad) {
        failed = fail(failed, n);
      }
      if (owners != ALL && !typeSeen && (bad || strict)) {
        // Read before the type: judged once the type is known.
        if (pending == null) {
          pending = new ArrayList<>(4);
        }
        pending.add(new Pending(n, mark, violations.size(), strict ? path() : null));
      }
    }
    if (pending != null) {
      for (int i = pending.size() - 1; i >= 0; i--) {
        Pending q = pending.get(i);
        if (type != null && (owners(q.name) & (1 << type.ordinal())) != 0) {
          continue; // it belongs to this type: its violations stand
        }
        violations.subList(q.from, q.to).clear();
        if (failed != null) {
          failed.remove(q.name);
        }
        if (type != null && q.path != null) {
          add(q.path, ViolationCode.UNKNOWN_PROPERTY, "unknown property " + quote(q.name) + " for a " + Wire.EVENT_TYPE.name(type));
        }
      }
    }
    if (!typeSeen) {
      add(path() + ".type", ViolationCode.REQUIRED, "is required: one of " + TYPES);
    }
    if (root && !versionSeen) {
      add(path() + ".schemaVersion", ViolationCode.REQUIRED, "is required for an event on its own");
    }
    if (type == null) {
      return null;
    }
    if (expected != null && type != expected) {
      add(path() + ".type", ViolationCode.UNKNOWN_VALUE,
          "must be '" + Wire.EVENT_TYPE.name(expected) + "' here, was '" + Wire.EVENT_TYPE.name(type) + "'");
      return null;
    }
    if (failed != null && failed.isEmpty()) {
      failed = null;
    }
    switch (type) {
      case VISIT:
        return finish(start, failed, () -> visit(f));
      case STATEMENT:
        return finish(start, failed, () -> statement(f));
      case SANCTION:
        return finish(start, failed, () -> sanction(f));
      default:
        return finish(start, failed, () -> designationChange(f));
    }
  }

  private static Visit visit(Fields f) {
    Visit.Builder b = Visit.builder();
    if (f.id != null) {
      b.id(f.id);
    }
    if (f.when != null) {
      b.when(f.when);
    }
    b.place(Optional.ofNullable(f.place));
    if (f.provenance != null) {
      b.provenance(f.provenance);
    }
    if (f.visitors != null) {
      b.visitors(f.visitors);
    }
    if (f.hosts != null) {
      b.hosts(f.hosts);
    }
    b.purpose(Optional.ofNullable(f.purpose));
    if (f.topics != null) {
      b.topics(f.topics);
    }
    return b.build();
  }

  private static Statement statement(Fields f) {
    Statement.Builder b = Statement.builder();
    if (f.id != null) {
      b.id(f.id);
    }
    if (f.when != null) {
      b.when(f.when);
    }
    b.place(Optional.ofNullable(f.place));
    if (f.provenance != null) {
      b.provenance(f.provenance);
    }
    if (f.speaker != null) {
      b.speaker(f.speaker);
    }
    if (f.kind != null) {
      b.kind(f.kind);
    }
    if (f.summary != null) {
      b.summary(f.summary);
    }
    if (f.addressees != null) {
      b.addressees(f.addressees);
    }
    if (f.subjects != null) {
      b.subjects(f.subjects);
    }
    b.occasion(Optional.ofNullable(f.occasion));
    b.respondsTo(Optional.ofNullable(f.respondsTo));
    return b.build();
  }

  private static Sanction sanction(Fields f) {
    Sanction.Builder b = Sanction.builder();
    if (f.id != null) {
      b.id(f.id);
    }
    if (f.when != null) {
      b.when(f.when);
    }
    b.place(Optional.ofNullable(f.place));
    if (f.provenance != null) {
      b.provenance(f.provenance);
    }
    if (f.authority != null) {
      b.authority(f.authority);
    }
    if (f.targets != null) {
      b.targets(f.targets);
    }
    if (f.measures != null) {
      b.measures(f.measures);
    }
    b.program(Optional.ofNullable(f.program));
    b.legalBasis(Optional.ofNullable(f.legalBasis));
    if (f.status != null) {
      b.status(f.status);
    }
    return b.build();
  }

  private static DesignationChange designationChange(Fields f) {
    DesignationChange.Builder b = DesignationChange.builder();
    if (f.id != null) {
      b.id(f.id);
    }
    if (f.when != null) {
      b.when(f.when);
    }
    b.place(Optional.ofNullable(f.place));
    if (f.provenance != null) {
      b.provenance(f.provenance);
    }
    if (f.authority != null) {
      b.authority(f.authority);
    }
    if (f.listName != null) {
      b.listName(f.listName);
    }
    if (f.subject != null) {
      b.subject(f.subject);
    }
    if (f.action != null) {
      b.action(f.action);
    }
    if (f.stages != null) {
      b.stages(f.stages);
    }
    return b.build();
  }
}
