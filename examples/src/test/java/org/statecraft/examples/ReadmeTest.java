package org.statecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md true: its Quick start is two commands, and its Java examples are exactly the
 * regions between {@code README:begin} and {@code README:end} of tests that compile and run.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void quick_start_is_one_sh_block_of_exactly_two_commands_demo_then_tests() throws IOException {
    List<String> sh = blocks("sh");
    assertThat(sh).isNotEmpty();
    List<String> commands = sh.get(0).lines().filter(l -> !l.isBlank()).toList();
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0)).as("the first command runs the demo").contains("-Pdemo");
    assertThat(commands.get(1)).as("the second command runs all tests").isEqualTo("mvn -B verify");
  }

  @Test
  void usage_example_is_the_code_that_core_compiles_and_runs() throws IOException {
    String region = region(ROOT.resolve("core/src/test/java/com/example/ReadmeExampleTest.java"));
    assertThat(blocks("java")).contains(region);
  }

  @Test
  void json_example_is_the_code_that_examples_compiles_and_runs() throws IOException {
    String region = region(Path.of("src/test/java/com/example/JsonReadmeExampleTest.java"));
    assertThat(blocks("java")).contains(region);
  }

  @Test
  void testing_example_is_the_code_that_examples_compiles_and_runs() throws IOException {
    String region = region(Path.of("src/test/java/org/statecraft/examples/TestkitExampleTest.java"));
    assertThat(blocks("java")).contains(region);
  }

  private static List<String> blocks(String language) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    Matcher m = FENCE.matcher(readme);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        out.add(m.group(2));
      }
    }
    return out;
  }

  /** The lines between the markers, with their common indentation removed. */
  private static String region(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int begin = text.indexOf("// README:begin\n");
    int end = text.indexOf("// README:end");
    assertThat(begin).as("README:begin in %s", file).isNotNegative();
    assertThat(end).as("README:end in %s", file).isGreaterThan(begin);
    String body = text.substring(begin + "// README:begin\n".length(), text.lastIndexOf('\n', end) + 1);
    int indent = body.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    body.lines().forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return out.toString();
  }
}
