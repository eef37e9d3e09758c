package org.statecraft.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Violation;

/**
 * How the module's deserializers report invalid input to a user's own {@code ObjectMapper}: a
 * Jackson {@link MismatchedInputException} (so existing handlers work) that also carries the
 * violations, which {@link StatecraftJson} turns into a {@link StatecraftJsonException}.
 */
final class WireMismatchException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  WireMismatchException(JsonParser p, Class<?> type, List<Violation> violations, @Nullable Throwable cause) {
    super(p, new StatecraftJsonException(violations, null).getMessage(), type);
    this.violations = List.copyOf(violations);
    if (cause != null) {
      initCause(cause);
    }
  }

  List<Violation> violations() {
    return violations;
  }

  StatecraftJsonException toStatecraft() {
    return new StatecraftJsonException(violations, this);
  }
}
