package org.statecraft.cli;

import org.statecraft.core.Dossier;

/** Confirms that the demo's dossier is valid, in words the demo prints. */
final class DemoCheck {

  private DemoCheck() {}

  /**
   * Rebuilds the dossier from its parts, which runs every check of the model again, and says so.
   *
   * @throws IllegalStateException if the rebuilt dossier differs from the original
   */
  static String confirm(Dossier dossier) {
    Dossier rebuilt = Dossier.builder().from(dossier).build();
    if (!rebuilt.equals(dossier)) {
      throw new IllegalStateException("the dossier changed when rebuilt from its parts");
    }
    return "Valid: the dossier passes every check of the model (" + dossier.events().size() + " events, "
        + dossier.officials().size() + " officials, " + dossier.organizations().size() + " organizations).";
  }
}
