package org.statecraft.cli;

import org.statecraft.core.Dossier;
import org.statecraft.examples.KabulFixtures;
import org.statecraft.jackson.StatecraftJson;

/** Confirms that the demo's dossier is valid, in words the demo prints. */
final class DemoCheck {

  private DemoCheck() {}

  /**
   * Reads the dossier back from its JSON file on the classpath, which checks every rule of the
   * model and the wire format, and compares it with the Java fixture.
   *
   * @return the sentence confirming it
   * @throws org.statecraft.jackson.StatecraftJsonException if the JSON file is not valid
   * @throws IllegalStateException if the JSON file holds another dossier than the Java fixture
   */
  static String confirm(Dossier dossier) {
    String json = KabulFixtures.json();
    Dossier read = StatecraftJson.strict().readDossier(json);
    if (!read.equals(dossier)) {
      throw new IllegalStateException("the JSON fixture " + KabulFixtures.JSON_RESOURCE
          + " holds another dossier than the Java fixture");
    }
    return "Valid: read back from " + KabulFixtures.JSON_RESOURCE + " (strict reader), the dossier passes every "
        + "check and equals the Java fixture (" + dossier.events().size() + " events, " + dossier.officials().size()
        + " officials, " + dossier.organizations().size() + " organizations).";
  }
}
