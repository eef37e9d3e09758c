package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.STATED;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class DesignationStepTest {

  @Test
  void date_provenance_and_announcement_may_be_absent() {
    DesignationStep step = DesignationStep.builder().stage(DesignationStage.PROPOSED).build();
    assertThat(step.when()).isEmpty();
    assertThat(step.provenance()).isEmpty();
    assertThat(step.announcedBy()).isEmpty();
    DesignationStep full = DesignationStep.builder().stage(DesignationStage.ANNOUNCED).when(TestData.NOV_25)
        .addProvenance(STATED).announcedBy(EventId.of("announcement")).build();
    assertThat(full.announcedBy()).contains(EventId.of("announcement"));
  }

  @Test
  void rejects_repeated_provenance_and_requires_the_stage() {
    assertViolations(() -> DesignationStep.builder().stage(DesignationStage.DECIDED).addProvenance(STATED, STATED).build())
        .containsExactly(tuple("provenance[1]", ViolationCode.DUPLICATE));
    assertViolations(() -> DesignationStep.builder().build()).containsExactly(tuple("stage", ViolationCode.REQUIRED));
  }
}
