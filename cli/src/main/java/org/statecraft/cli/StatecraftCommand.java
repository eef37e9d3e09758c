package org.statecraft.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code statecraft} command: {@code demo} prints the Kabul dossier as a timeline,
 * {@code validate} checks dossier and event files, {@code schema} prints the JSON Schema.
 *
 * <p>Exit codes: {@value #EXIT_OK} when everything is valid, {@value #EXIT_INVALID} when an input
 * is not, {@value #EXIT_USAGE} for a usage error (an unknown option, a missing file), and
 * {@value #EXIT_INTERNAL} for an unexpected internal failure. Errors go to standard error as one
 * clear message, never as a stack trace.
 *
 * <p>Run it with {@code java -jar cli/target/statecraft.jar demo}; every command takes
 * {@code --help} and {@code --version}.
 */
@Command(
    name = "statecraft",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Work with Statecraft dossiers and events: a typed, validated model of diplomatic events.",
    subcommands = {DemoCommand.class, ValidateCommand.class, SchemaCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success; every input is valid",
        "1:at least one input is invalid",
        "2:usage error, such as an unknown option or a missing file",
        "3:internal error"})
public final class StatecraftCommand implements Callable<Integer> {

  /** Everything succeeded and every input is valid. */
  public static final int EXIT_OK = 0;
  /** At least one input is not valid. */
  public static final int EXIT_INVALID = 1;
  /** The command line is wrong: an unknown option, a missing argument or file. */
  public static final int EXIT_USAGE = 2;
  /** Something failed that should not have; the message says what. */
  public static final int EXIT_INTERNAL = 3;

  @Spec
  private CommandSpec spec;

  StatecraftCommand() {}

  /** Without a subcommand there is nothing to do: print the usage and report a usage error. */
  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("statecraft: a command is required (demo, validate or schema)");
    cl.usage(cl.getErr());
    return EXIT_USAGE;
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments, such as {@code demo} or {@code validate dossier.json}
   */
  public static void main(String[] args) {
    int code;
    try {
      code = newCommandLine().execute(args);
    } catch (Throwable t) { // errors escaping picocli (StackOverflowError, OutOfMemoryError): no stack trace
      System.err.println("statecraft: internal error: " + describe(t));
      code = EXIT_INTERNAL;
    }
    System.out.flush();
    System.exit(code);
  }

  /** Returns the command line with Statecraft's error handling installed; its streams may be replaced. */
  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new StatecraftCommand());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println(commandLine.getCommandSpec().qualifiedName() + ": internal error: " + describe(ex));
      err.flush();
      return EXIT_INTERNAL;
    });
    return cl;
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }
}
