package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationTest {

  @ParameterizedTest(name = "''{0}'' under ''{1}'' is ''{2}''")
  @CsvSource(value = {
      "measures | events[3] | events[3].measures",
      "'' | events[3] | events[3]",
      "[0] | visitors | visitors[0]",
      "[0].text | names | names[0].text",
      "names[0].text | officials[1] | officials[1].names[0].text",
      "measures | '' | measures",
      "'' | '' | ''"}, delimiter = '|')
  void under_prefixes_the_path_as_seen_from_the_enclosing_value(String path, String prefix, String expected) {
    Violation v = new Violation(path, ViolationCode.EMPTY, "must hold at least one element");
    Violation moved = v.under(prefix);
    assertThat(moved.path()).isEqualTo(expected);
    assertThat(moved.code()).isEqualTo(v.code());
    assertThat(moved.message()).isEqualTo(v.message());
  }

  @Test
  void under_nests_repeatedly() {
    Violation v = new Violation("end", ViolationCode.END_BEFORE_START, "m");
    assertThat(v.under("when").under("stages[1]").under("events[0]").path())
        .isEqualTo("events[0].stages[1].when.end");
  }

  @Test
  void to_string_gives_path_message_and_code() {
    assertThat(new Violation("measures", ViolationCode.EMPTY, "must hold at least one element"))
        .hasToString("measures: must hold at least one element [empty]");
    assertThat(new Violation("", ViolationCode.INVALID_FORMAT, "bad")).hasToString("bad [invalid-format]");
  }

  @Test
  void compares_by_value() {
    assertThat(new Violation("a", ViolationCode.BLANK, "m")).isEqualTo(new Violation("a", ViolationCode.BLANK, "m"))
        .isNotEqualTo(new Violation("a", ViolationCode.TOO_LONG, "m"));
  }

  @Test
  void null_components_are_required_violations() {
    assertViolations(() -> new Violation(null, ViolationCode.BLANK, "m"))
        .containsExactly(tuple("path", ViolationCode.REQUIRED));
    assertViolations(() -> new Violation("", null, "m")).containsExactly(tuple("code", ViolationCode.REQUIRED));
    assertViolations(() -> new Violation("", ViolationCode.BLANK, null))
        .containsExactly(tuple("message", ViolationCode.REQUIRED));
  }
}
