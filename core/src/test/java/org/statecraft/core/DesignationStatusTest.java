package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class DesignationStatusTest {

  @Test
  void tells_stage_action_and_whether_in_force() {
    DesignationChange change = TestData.designation("d").build();
    DesignationStatus announced = new DesignationStatus(change, change.stages().get(0));
    assertThat(announced.stage()).isEqualTo(DesignationStage.ANNOUNCED);
    assertThat(announced.action()).isEqualTo(DesignationAction.DELISTING);
    assertThat(announced.isInForce()).isFalse();
    DesignationChange enacted = TestData.designation("d")
        .addStage(TestData.step(DesignationStage.IN_FORCE, "2025")).build();
    DesignationStatus inForce = new DesignationStatus(enacted, enacted.stages().get(1));
    assertThat(inForce.isInForce()).isTrue();
  }

  @Test
  void null_components_are_required_violations() {
    DesignationChange change = TestData.designation("d").build();
    assertViolations(() -> new DesignationStatus(null, change.stages().get(0)))
        .containsExactly(tuple("change", ViolationCode.REQUIRED));
    assertViolations(() -> new DesignationStatus(change, null))
        .containsExactly(tuple("step", ViolationCode.REQUIRED));
  }

  @Test
  void rejects_a_step_that_is_not_one_of_the_change_stages() {
    DesignationChange change = TestData.designation("taliban-delisting").build();
    DesignationStep elsewhere = TestData.step(DesignationStage.IN_FORCE, "2025");

    assertThatThrownBy(() -> new DesignationStatus(change, elsewhere))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code, Violation::message)
            .containsExactly(tuple("step", ViolationCode.INCONSISTENT,
                "is not one of the stages of designation change taliban-delisting")));
  }
}
