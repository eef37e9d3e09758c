package org.statecraft.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the wire format, version 1, as shipped in this jar under
 * {@code org/statecraft/jackson/schema/v1/}: one for a dossier and one for a single event. They
 * describe what {@link StatecraftJson} writes; other languages can validate against them.
 *
 * <p>This class is immutable and thread-safe; the texts are loaded once, when first asked for.
 */
public final class StatecraftSchemas {

  /** The version of the wire format the schemas describe, the {@code schemaVersion} value. */
  public static final int SCHEMA_VERSION = Wire.SCHEMA_VERSION;

  private StatecraftSchemas() {}

  /**
   * Returns the JSON Schema of a dossier document.
   *
   * @return the schema text (UTF-8 JSON)
   * @throws IllegalStateException if the jar does not hold the schema
   */
  public static String dossierSchema() {
    return Dossier.TEXT;
  }

  /**
   * Returns the JSON Schema of a single event document.
   *
   * @return the schema text (UTF-8 JSON)
   * @throws IllegalStateException if the jar does not hold the schema
   */
  public static String eventSchema() {
    return Event.TEXT;
  }

  private static final class Dossier {
    static final String TEXT = load("dossier.schema.json");
  }

  private static final class Event {
    static final String TEXT = load("event.schema.json");
  }

  static String load(String name) {
    String resource = "schema/v" + SCHEMA_VERSION + "/" + name;
    try (InputStream in = StatecraftSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/statecraft/jackson/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
