package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesignationStatusTest {

  @Test
  void tells_stage_action_and_whether_in_force() {
    DesignationChange change = TestData.designation("d").build();
    DesignationStatus announced = new DesignationStatus(change, change.stages().get(0));
    assertThat(announced.stage()).isEqualTo(DesignationStage.ANNOUNCED);
    assertThat(announced.action()).isEqualTo(DesignationAction.DELISTING);
    assertThat(announced.isInForce()).isFalse();
    DesignationStatus inForce = new DesignationStatus(change, TestData.step(DesignationStage.IN_FORCE, "2025"));
    assertThat(inForce.isInForce()).isTrue();
  }

  @Test
  void requires_both_components() {
    assertThatThrownBy(() -> new DesignationStatus(null, TestData.step(DesignationStage.IN_FORCE, "2025")))
        .isInstanceOf(NullPointerException.class).hasMessage("change");
  }
}
