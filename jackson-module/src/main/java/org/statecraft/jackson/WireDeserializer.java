package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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

  WireDeserializer(Class<T> type, Body<T> body) {
    super(type);
    this.body = body;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    WireReader reader = new WireReader(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    T value = reader.read(t -> body.read(reader, t));
    if (value == null || reader.hasViolations()) {
      List<Violation> violations = reader.hasViolations() ? reader.violations()
          : List.of(new Violation(reader.path(), ViolationCode.REQUIRED, "must not be null"));
      throw new WireMismatchException(p, handledType(), violations, reader.cause());
    }
    return value;
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
