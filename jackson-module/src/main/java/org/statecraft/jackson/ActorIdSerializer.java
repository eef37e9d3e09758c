package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.ActorRef;

/**
 * Writes an {@code OfficialId} or {@code OrganizationId}: as a plain string where the declared
 * type is the id itself, and in the actor form ({@code {"official": "..."}}) where the declared
 * type is {@link ActorRef} (a property, a list element or the root value of that type). Immutable
 * and thread-safe.
 */
final class ActorIdSerializer<T extends ActorRef> extends StdSerializer<T> implements ContextualSerializer {

  private static final long serialVersionUID = 1L;

  private final transient Function<T, String> value;
  private final boolean asActor;

  ActorIdSerializer(Class<T> type, Function<T, String> value, boolean asActor) {
    super(type);
    this.value = value;
    this.asActor = asActor;
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, @Nullable BeanProperty property) {
    if (property != null && declaresActor(property.getType())) {
      return new ActorIdSerializer<>(handledType(), value, true);
    }
    return this;
  }

  private static boolean declaresActor(@Nullable JavaType type) {
    JavaType t = type;
    for (int i = 0; t != null && i < 3; i++) {
      if (t.getRawClass() == ActorRef.class) {
        return true;
      }
      t = t.getContentType();
    }
    return false;
  }

  @Override
  public void serialize(T id, JsonGenerator g, SerializerProvider provider) throws IOException {
    if (asActor) {
      WireWriter.actor(g, id);
    } else {
      g.writeString(value.apply(id));
    }
  }
}
