package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

class StatecraftJsonExceptionTest {

  @Test
  void lists_one_violation_in_its_message() {
    StatecraftJsonException e = new StatecraftJsonException(
        List.of(new Violation("$.events[3].measures[0]", ViolationCode.UNKNOWN_VALUE, "unknown")), null);

    assertThat(e.getMessage()).isEqualTo("invalid JSON: $.events[3].measures[0]: unknown [unknown-value]");
  }

  @Test
  void lists_the_first_twenty_violations_and_counts_the_rest() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(new Violation("$.events[" + i + "]", ViolationCode.REQUIRED, "is required"));
    }

    StatecraftJsonException e = new StatecraftJsonException(many, null);

    assertThat(e.violations()).hasSize(25);
    assertThat(e.getMessage()).startsWith("invalid JSON, 25 violations: ").contains("$.events[19]")
        .doesNotContain("$.events[20]").endsWith("; and 5 more");
  }

  @Test
  void keeps_an_unmodifiable_copy_of_the_violations_and_the_cause() {
    List<Violation> list = new ArrayList<>(List.of(new Violation("$", ViolationCode.MALFORMED, "bad")));
    IllegalStateException cause = new IllegalStateException("x");

    StatecraftJsonException e = new StatecraftJsonException(list, cause);
    list.clear();

    assertThat(e.violations()).hasSize(1);
    assertThat(e.getCause()).isSameAs(cause);
    assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void needs_at_least_one_violation() {
    assertThatThrownBy(() -> new StatecraftJsonException(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
  }
}
