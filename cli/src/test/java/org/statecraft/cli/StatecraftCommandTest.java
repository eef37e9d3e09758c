package org.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class StatecraftCommandTest {

  @Test
  void without_a_command_prints_usage_to_stderr_and_exits_with_usage_error() {
    Run run = Run.of();
    assertThat(run.code).as(run.toString()).isEqualTo(StatecraftCommand.EXIT_USAGE);
    assertThat(run.err).contains("a command is required").contains("Usage: statecraft");
    assertThat(run.out).isEmpty();
  }

  @Test
  void help_lists_every_command_and_the_exit_codes() {
    Run run = Run.of("--help");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("demo", "validate", "schema", "Exit codes:", "usage error");
  }

  @Test
  void version_names_the_project_version() {
    Run run = Run.of("--version");
    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("statecraft ").doesNotContain("${");
    assertThat(run.out.lines().findFirst().orElseThrow()).isNotEqualTo("statecraft " + VersionProvider.UNKNOWN);
  }

  @Test
  void unknown_option_is_a_usage_error_with_a_message_on_stderr() {
    Run run = Run.of("--frobnicate");
    assertThat(run.code).isEqualTo(StatecraftCommand.EXIT_USAGE);
    assertThat(run.err).contains("Unknown option: '--frobnicate'");
    assertThat(run.out).isEmpty();
  }

  @Test
  void unknown_command_is_a_usage_error() {
    Run run = Run.of("frobnicate");
    assertThat(run.code).isEqualTo(StatecraftCommand.EXIT_USAGE);
    assertThat(run.err).contains("frobnicate");
  }

  @Test
  void every_command_answers_help_and_version() {
    for (String command : new String[] {"demo", "validate", "schema"}) {
      Run help = Run.of(command, "--help");
      assertThat(help.code).as(command + " --help: " + help).isZero();
      assertThat(help.out).as(command).contains("Usage: statecraft " + command);
      Run version = Run.of(command, "--version");
      assertThat(version.code).as(command + " --version: " + version).isZero();
      assertThat(version.out).as(command).startsWith("statecraft ");
    }
  }

  @Test
  void describe_gives_class_and_message_without_a_stack_trace() {
    assertThat(StatecraftCommand.describe(new IllegalStateException("boom"))).isEqualTo("IllegalStateException: boom");
    assertThat(StatecraftCommand.describe(new StackOverflowError())).isEqualTo("StackOverflowError");
  }

  @Command(name = "boom")
  static final class FailingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("something broke");
    }
  }

  @Test
  void an_unexpected_failure_is_one_line_on_stderr_with_exit_code_3_and_no_stack_trace() {
    CommandLine cl = StatecraftCommand.newCommandLine();
    cl.addSubcommand("boom", new FailingCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));

    int code = cl.execute("boom");

    assertThat(code).isEqualTo(StatecraftCommand.EXIT_INTERNAL);
    assertThat(err.toString()).isEqualTo("statecraft boom: internal error: IllegalStateException: something broke" + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }
}
