package org.statecraft.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Violation;
import org.statecraft.jackson.StatecraftJson;
import org.statecraft.jackson.StatecraftJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statecraft validate FILE...}: checks dossiers and single events written as JSON. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads each FILE as a Statecraft dossier or, if its top-level object has a \"type\", as a single "
            + "event, and checks it against every rule of the model and the wire format.",
        "Prints one line per file on standard output and, for an invalid file, one line per violation: "
            + "FILE: JSON-PATH: CODE: MESSAGE."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file is valid",
        "1:at least one file is invalid",
        "2:usage error, such as a missing or unreadable file (then nothing is validated)",
        "3:internal error"})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files, each holding a dossier or one event.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--strict", description = "Also reject properties the wire format does not define "
      + "(by default they are ignored, as a tolerant reader does).")
  private boolean strict;

  @Spec
  private CommandSpec spec;

  ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean unreadable = false;
    for (Path file : files) {
      String problem = problem(file);
      if (problem != null) {
        err.println("statecraft validate: " + file + ": " + problem);
        unreadable = true;
      }
    }
    if (unreadable) {
      err.flush();
      return StatecraftCommand.EXIT_USAGE;
    }
    StatecraftJson json = strict ? StatecraftJson.strict() : StatecraftJson.standard();
    int invalid = 0;
    for (Path file : files) {
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException | SecurityException | OutOfMemoryError e) {
        err.println("statecraft validate: " + file + ": cannot be read (" + StatecraftCommand.describe(e) + ")");
        unreadable = true;
        continue;
      }
      try {
        out.println("valid    " + file + " (" + check(json, content) + ")");
      } catch (StatecraftJsonException e) {
        invalid++;
        List<Violation> violations = e.violations();
        out.println("INVALID  " + file + " (" + violations.size() + (violations.size() == 1 ? " violation)" : " violations)"));
        for (Violation v : violations) {
          out.println(file + ": " + v.path() + ": " + v.code().code() + ": " + v.message());
        }
      }
    }
    if (invalid > 0) {
      out.println(invalid + " of " + files.size() + (files.size() == 1 ? " file is" : " files are") + " invalid.");
    } else if (!unreadable) {
      out.println(files.size() == 1 ? "The file is valid." : "All " + files.size() + " files are valid.");
    }
    out.flush();
    err.flush();
    if (unreadable) {
      return StatecraftCommand.EXIT_USAGE;
    }
    return invalid == 0 ? StatecraftCommand.EXIT_OK : StatecraftCommand.EXIT_INVALID;
  }

  /** Reads and checks one document, returning what it holds in words. */
  private static String check(StatecraftJson json, byte[] content) {
    if (isSingleEvent(json, content)) {
      Event event = json.readEvent(content);
      return "event " + event.id() + ", " + event.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    Dossier dossier = json.readDossier(content);
    return "dossier: " + dossier.events().size() + " events, " + dossier.officials().size() + " officials, "
        + dossier.organizations().size() + " organizations";
  }

  /**
   * Tells whether the document is a single event: its top-level object has a {@code type} and no
   * {@code events}. Only the top level is scanned, with the hardened parser's limits; anything that
   * is not well-formed is read as a dossier, whose reader then reports the problem with its path.
   */
  static boolean isSingleEvent(StatecraftJson json, byte[] content) {
    boolean hasType = false;
    try (JsonParser p = json.newObjectMapper().getFactory().createParser(content)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if ("events".equals(name) || "source".equals(name)) {
          return false;
        }
        hasType |= "type".equals(name);
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return hasType;
  }

  /** Returns why the file cannot be validated, or null if it looks readable. */
  private static @Nullable String problem(Path file) {
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (Files.isDirectory(file)) {
      return "is a directory, not a file";
    }
    if (!Files.isReadable(file)) {
      return "is not readable";
    }
    return null;
  }
}
