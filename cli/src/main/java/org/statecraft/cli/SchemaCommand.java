package org.statecraft.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.statecraft.jackson.StatecraftSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code statecraft schema}: prints the JSON Schema of the wire format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the JSON Schema (draft 2020-12) of a Statecraft dossier, or of a single event "
        + "with --event, as shipped in the statecraft-jackson jar.")
final class SchemaCommand implements Callable<Integer> {

  @Option(names = "--event", description = "Print the schema of a single event instead of a dossier.")
  private boolean event;

  @Spec
  private CommandSpec spec;

  SchemaCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String schema = event ? StatecraftSchemas.eventSchema() : StatecraftSchemas.dossierSchema();
    out.print(schema);
    if (!schema.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return StatecraftCommand.EXIT_OK;
  }
}
