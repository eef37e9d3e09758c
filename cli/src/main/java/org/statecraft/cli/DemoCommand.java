package org.statecraft.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.statecraft.core.Dossier;
import org.statecraft.examples.KabulFixtures;
import org.statecraft.jackson.StatecraftJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code statecraft demo}: the Kabul dossier as a readable timeline, then proof that it is valid. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Prints the Kabul visit of 2024-11-25 as a timeline: each event with its date at its true "
            + "precision, who, what, its status and the paragraphs of the report it comes from.",
        "Then reads the dossier back from its JSON file and confirms that it is valid."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  DemoCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dossier dossier = KabulFixtures.dossier();
    new TimelineFormat(dossier).print(out);
    try {
      out.println(DemoCheck.confirm(dossier));
    } catch (StatecraftJsonException e) {
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println("statecraft demo: the JSON fixture " + KabulFixtures.JSON_RESOURCE + " is not valid:");
      e.violations().forEach(v -> err.println("  " + v.path() + ": " + v.code().code() + ": " + v.message()));
      err.flush();
      return StatecraftCommand.EXIT_INVALID;
    }
    out.flush();
    return StatecraftCommand.EXIT_OK;
  }
}
