package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/**
 * A deserializer that reads one model type through {@link WireReader}. Unknown properties are
 * rejected when the context has {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}; every
 * violation is reported at once in a {@link WireMismatchException}. One instance per type,
 * immutable and thread-safe.
 */
final class WireDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads a value starting at the given token. */
  @FunctionalInterface
  interface Body<T> {
    @Nullable T read(WireReader reader, JsonToken t) throws IOException;
  }

  private final transient Body<T> body;
  private final boolean scalar;

  WireDeserializer(Class<T> type, Body<T> body) {
    this(type, body, false);
  }

  private WireDeserializer(Class<T> type, Body<T> body, boolean scalar) {
    super(type);
    this.body = body;
    this.scalar = scalar;
  }

  /**
   * A deserializer for a value written as a JSON string (an identifier, a code, a date, an
   * enumeration value). A string the model rejects first goes to
   * {@link DeserializationContext#handleWeirdStringValue}, as with Jackson's own scalar types, so
   * that a registered {@code DeserializationProblemHandler} may supply a value; otherwise the
   * failure carries the context's {@code InvalidFormatException} as its cause.
   */
  static <T> WireDeserializer<T> scalar(Class<T> type, Body<T> body) {
    return new WireDeserializer<>(type, body, true);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    WireReader reader = new WireReader(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), !scalar);
    T value = reader.read(t -> body.read(reader, t));
    if (value != null && !reader.hasViolations()) {
      return value;
    }
    List<Violation> violations = reader.hasViolations() ? reader.violations()
        : List.of(new Violation(reader.path(), ViolationCode.REQUIRED, "must not be null"));
    if (scalar && p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return handledType().cast(ctxt.handleWeirdStringValue(handledType(), p.getText(), "%s",
            violations.get(0).message()));
      } catch (MismatchedInputException reported) {
        WireMismatchException e = new WireMismatchException(p, handledType(), violations, reported);
        if (reader.cause() != null) {
          e.addSuppressed(reader.cause());
        }
        throw e;
      }
    }
    throw new WireMismatchException(p, handledType(), violations, reader.cause());
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<T> handledType() {
    return (Class<T>) super.handledType();
  }

  /** Whether the parser, on the start of a value, is at the top level of its document. */
  static boolean atRoot(JsonParser p) {
    var ctx = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      ctx = ctx.getParent();
    }
    return ctx == null || ctx.inRoot();
  }
}
