package org.statecraft.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.examples.KabulFixtures;
import org.statecraft.jackson.NdjsonEventWriter;
import org.statecraft.jackson.StatecraftJson;

/** The benchmarks' fixed inputs and their canonical JSON. Used in set-up only, never measured. */
final class Fixtures {

  private Fixtures() {}

  /** The Kabul dossier. */
  static Dossier kabulDossier() {
    return KabulFixtures.dossier();
  }

  /** A small event for the messaging case: Shoigu's offer to help with stability (Kabul, fact 2). */
  static Event smallEvent() {
    return KabulFixtures.shoiguOffersHelpWithStability();
  }

  static byte[] canonical(Dossier dossier) {
    return StatecraftJson.standard().writeDossierAsBytes(dossier);
  }

  static byte[] canonical(Event event) {
    return StatecraftJson.standard().writeEventAsBytes(event);
  }

  static byte[] ndjson(List<Event> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 700);
    try (NdjsonEventWriter writer = NdjsonEventWriter.of(out)) {
      writer.writeAll(events);
    }
    return out.toByteArray();
  }
}
