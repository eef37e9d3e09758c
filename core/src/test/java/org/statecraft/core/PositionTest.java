package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class PositionTest {

  static Position.Builder deputyPm() {
    return Position.builder().title("Deputy Prime Minister for Economic Affairs").organization(TALIBAN)
        .status(PositionStatus.CURRENT);
  }

  @Test
  void term_defaults_to_unbounded() {
    assertThat(deputyPm().build().term()).isEqualTo(DateInterval.unbounded());
    assertThat(deputyPm().term(DateInterval.parse("2021-09/..")).build().term().start()).contains(PartialDate.parse("2021-09"));
  }

  @Test
  void rejects_a_blank_title() {
    assertViolations(() -> deputyPm().title("\t").build()).containsExactly(tuple("title", ViolationCode.BLANK));
  }

  @Test
  void requires_title_organization_and_status() {
    assertViolations(() -> Position.builder().build()).containsExactlyInAnyOrder(tuple("title", ViolationCode.REQUIRED),
        tuple("organization", ViolationCode.REQUIRED), tuple("status", ViolationCode.REQUIRED));
  }

  @Test
  void rejects_repeated_provenance() {
    assertViolations(() -> Position.builder().title("Deputy Prime Minister for Economic Affairs")
            .organization(TestData.TALIBAN).status(PositionStatus.CURRENT)
            .addProvenance(TestData.STATED, TestData.STATED).build())
        .containsExactly(tuple("provenance[1]", ViolationCode.DUPLICATE));
  }
}
