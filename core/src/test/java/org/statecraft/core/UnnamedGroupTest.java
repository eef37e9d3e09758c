package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class UnnamedGroupTest {

  @Test
  void is_an_actor_with_an_optional_affiliation() {
    UnnamedGroup officials = UnnamedGroup.of("Taliban officials", TALIBAN);
    assertThat(officials).isInstanceOf(ActorRef.class);
    assertThat(officials.description()).isEqualTo("Taliban officials");
    assertThat(officials.affiliation()).contains(TALIBAN);
    assertThat(UnnamedGroup.of("analysts").affiliation()).isEmpty();
  }

  @Test
  void compares_by_value() {
    assertThat(UnnamedGroup.of("analysts")).isEqualTo(UnnamedGroup.of("analysts"))
        .hasSameHashCodeAs(UnnamedGroup.of("analysts"))
        .isNotEqualTo(UnnamedGroup.of("analysts", TALIBAN));
  }

  @Test
  void rejects_a_blank_or_overlong_description() {
    assertViolations(() -> UnnamedGroup.of("")).containsExactly(tuple("description", ViolationCode.BLANK));
    assertViolations(() -> UnnamedGroup.of("x".repeat(1001))).containsExactly(tuple("description", ViolationCode.TOO_LONG));
  }
}
