package org.statecraft.jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;

/** Reads the model a golden file holds, as {@link StatecraftJson} reads documents and a module mapper reads values. */
final class Readers {

  private Readers() {}

  /**
   * Reads text holding what the golden file holds.
   *
   * @throws StatecraftJsonException if the text is invalid (also for a value read by a mapper)
   */
  static Object read(StatecraftJson json, Path goldenFile, String text) {
    Class<?> type = GoldenFiles.modelType(goldenFile);
    if (type == Dossier.class) {
      return json.readDossier(text);
    }
    if (type == Event.class) {
      return json.readEvent(text);
    }
    try {
      return json.newObjectMapper().readValue(text, type);
    } catch (WireMismatchException e) {
      throw e.toStatecraft(); // a value read by a plain mapper reports the same violations, as StatecraftJson does
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the standard (tolerant) reader accepts the text as what the golden file holds. */
  static boolean accepts(Path goldenFile, String text) {
    try {
      read(StatecraftJson.standard(), goldenFile, text);
      return true;
    } catch (StatecraftJsonException e) {
      return false;
    }
  }
}
