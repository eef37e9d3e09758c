package org.statecraft.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.statecraft.core.Dossier;
import org.statecraft.examples.KabulFixtures;
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
        "Then confirms that the dossier is valid."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  DemoCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dossier dossier = KabulFixtures.dossier();
    new TimelineFormat(dossier).print(out);
    out.println(DemoCheck.confirm(dossier));
    out.flush();
    return StatecraftCommand.EXIT_OK;
  }
}
