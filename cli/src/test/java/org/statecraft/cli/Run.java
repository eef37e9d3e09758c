package org.statecraft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The outcome of one run of the command line in a test: exit code and captured output. */
final class Run {

  final int code;
  final String out;
  final String err;

  private Run(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code statecraft} with the given arguments, capturing standard output and error. */
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = StatecraftCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
  }
}
