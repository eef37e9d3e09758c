package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A serializer that writes one model type through {@link WireWriter}. One instance per type,
 * immutable and thread-safe.
 */
final class WireSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient WireWriter.Element<T> writer;

  WireSerializer(Class<T> type, WireWriter.Element<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(g, value);
  }
}
