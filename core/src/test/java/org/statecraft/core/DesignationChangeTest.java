package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.DesignationStage.ANNOUNCED;
import static org.statecraft.core.DesignationStage.DECIDED;
import static org.statecraft.core.DesignationStage.IN_FORCE;
import static org.statecraft.core.DesignationStage.PROPOSED;
import static org.statecraft.core.DesignationStage.REVERSED;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.designation;
import static org.statecraft.core.TestData.interval;
import static org.statecraft.core.TestData.step;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignationChangeTest {

  static DesignationStep undated(DesignationStage stage) {
    return DesignationStep.builder().stage(stage).build();
  }

  static DesignationChange.Builder withStages(DesignationStep... steps) {
    return designation("d").stages(List.of(steps));
  }

  @Test
  void holds_authority_list_subject_action_and_stages() {
    DesignationChange d = designation("d").build();
    assertThat(d.type()).isEqualTo(EventType.DESIGNATION_CHANGE);
    assertThat(d.authority()).isEqualTo(TestData.RUSSIA);
    assertThat(d.listName()).isEqualTo("banned organizations");
    assertThat(d.subject()).isEqualTo(TestData.TALIBAN);
    assertThat(d.action()).isEqualTo(DesignationAction.DELISTING);
    assertThat(d.currentStage()).isEqualTo(ANNOUNCED);
  }

  @Test
  void stages_follow_the_lifecycle_skipping_any() {
    DesignationChange d = withStages(step(PROPOSED, "2024-10"), step(DECIDED, "2025-03"), step(IN_FORCE, "2025-04-17")).build();
    assertThat(d.stages()).extracting(DesignationStep::stage).containsExactly(PROPOSED, DECIDED, IN_FORCE);
    assertThat(d.currentStage()).isEqualTo(IN_FORCE);
  }

  @Test
  void rejects_stages_out_of_order_or_repeated() {
    assertViolations(() -> withStages(undated(DECIDED), undated(ANNOUNCED)).build())
        .containsExactly(tuple("stages[1].stage", ViolationCode.INCONSISTENT));
    assertViolations(() -> withStages(undated(ANNOUNCED), undated(ANNOUNCED)).build())
        .containsExactly(tuple("stages[1].stage", ViolationCode.INCONSISTENT));
    assertViolations(() -> withStages(undated(PROPOSED), undated(IN_FORCE), undated(DECIDED), undated(PROPOSED)).build())
        .containsExactly(tuple("stages[2].stage", ViolationCode.INCONSISTENT), tuple("stages[3].stage", ViolationCode.INCONSISTENT));
  }

  @Test
  void reversed_may_follow_any_stage_but_only_come_last() {
    assertThat(withStages(undated(ANNOUNCED), undated(REVERSED)).build().currentStage()).isEqualTo(REVERSED);
    assertThat(withStages(undated(IN_FORCE), undated(REVERSED)).build().currentStage()).isEqualTo(REVERSED);
    assertViolations(() -> withStages(undated(PROPOSED), undated(REVERSED), undated(DECIDED)).build())
        .containsExactly(tuple("stages[2].stage", ViolationCode.INCONSISTENT));
    assertViolations(() -> withStages(undated(PROPOSED), undated(REVERSED), undated(REVERSED)).build())
        .containsExactly(tuple("stages[2].stage", ViolationCode.INCONSISTENT));
  }

  @Test
  void requires_a_stage_and_a_list_name() {
    assertViolations(() -> designation("d").stages(List.of()).listName(" ").build())
        .containsExactlyInAnyOrder(tuple("stages", ViolationCode.EMPTY), tuple("listName", ViolationCode.BLANK));
  }

  @Test
  void stage_dates_never_go_backwards() {
    assertViolations(() -> withStages(step(ANNOUNCED, "2024-11-25"), step(DECIDED, "2024-11-24")).build())
        .containsExactly(tuple("stages[1].when", ViolationCode.END_BEFORE_START));
    assertViolations(() -> withStages(step(PROPOSED, "2024-12"), step(ANNOUNCED, "2024-11-25"), step(IN_FORCE, "2025")).build())
        .containsExactly(tuple("stages[1].when", ViolationCode.END_BEFORE_START));
    // compared with the latest earlier stage, not only the one before
    assertViolations(() -> withStages(step(PROPOSED, "2024-12-01"), undated(ANNOUNCED), step(DECIDED, "2024-11")).build())
        .containsExactly(tuple("stages[2].when", ViolationCode.END_BEFORE_START));
    assertViolations(() -> withStages(step(ANNOUNCED, "2024-11-25"), step(REVERSED, "../2024-11-01")).build())
        .containsExactly(tuple("stages[1].when", ViolationCode.END_BEFORE_START));
  }

  @Test
  void stage_dates_of_unknown_order_are_allowed() {
    assertThat(withStages(step(ANNOUNCED, "2024-11-25"), step(DECIDED, "2024-11"), step(IN_FORCE, "2024")).build().stages()).hasSize(3);
    assertThat(withStages(step(ANNOUNCED, "2024-11-25"), step(DECIDED, "2024-11-25")).build().stages()).hasSize(2);
    assertThat(withStages(step(PROPOSED, "../2024-11-01"), step(ANNOUNCED, "2024-10-01")).build().stages()).hasSize(2);
  }

  @Test
  void when_defaults_to_the_latest_dated_stage() {
    assertThat(withStages(step(PROPOSED, "2024-10"), step(ANNOUNCED, "2024-11-25"), undated(DECIDED)).build().when())
        .isEqualTo(interval("2024-11-25"));
    assertThat(withStages(undated(PROPOSED)).build().when()).isEqualTo(DateInterval.unbounded());
    assertThat(withStages(step(PROPOSED, "2024-10")).when(interval("2024")).build().when()).isEqualTo(interval("2024"));
  }

  @Test
  void step_on_gives_the_latest_stage_certainly_reached_by_the_day() {
    DesignationChange d = withStages(step(PROPOSED, "2024-10"), step(ANNOUNCED, "2024-11-25"), step(IN_FORCE, "2025-04")).build();
    assertThat(d.stepOn(LocalDate.of(2024, 9, 30))).isEmpty();
    assertThat(d.stepOn(LocalDate.of(2024, 10, 15))).isEmpty(); // PROPOSED may still lie ahead
    assertThat(d.stepOn(LocalDate.of(2024, 10, 31))).map(DesignationStep::stage).contains(PROPOSED);
    assertThat(d.stepOn(LocalDate.of(2024, 11, 24))).map(DesignationStep::stage).contains(PROPOSED);
    assertThat(d.stepOn(LocalDate.of(2024, 11, 25))).map(DesignationStep::stage).contains(ANNOUNCED);
    assertThat(d.stepOn(LocalDate.of(2025, 4, 10))).map(DesignationStep::stage).contains(ANNOUNCED);
    assertThat(d.stepOn(LocalDate.of(2025, 4, 30))).map(DesignationStep::stage).contains(IN_FORCE);
  }

  @Test
  void step_on_a_null_day_is_a_required_violation() {
    assertViolations(() -> designation("d").build().stepOn(null)).containsExactly(tuple("day", ViolationCode.REQUIRED));
  }

  @Test
  void step_on_skips_stages_of_unknown_date() {
    DesignationChange d = withStages(step(PROPOSED, "2024-10-01"), undated(ANNOUNCED)).build();
    assertThat(d.stepOn(LocalDate.of(2030, 1, 1))).map(DesignationStep::stage).contains(PROPOSED);
  }

  @Test
  void step_on_counts_a_stage_dated_only_by_an_upper_bound() {
    DesignationChange d = withStages(step(ANNOUNCED, "../2024-11-25")).build();
    assertThat(d.stepOn(LocalDate.of(2024, 11, 25))).map(DesignationStep::stage).contains(ANNOUNCED);
    assertThat(d.stepOn(LocalDate.of(2024, 11, 24))).isEmpty();
  }

  @Test
  void step_on_does_not_count_a_stage_whose_date_may_still_lie_ahead() {
    DesignationChange d = withStages(step(ANNOUNCED, "2024-11-25"), step(IN_FORCE, "2024-12/..")).build();
    assertThat(d.stepOn(LocalDate.of(2025, 6, 1))).map(DesignationStep::stage).contains(ANNOUNCED);
  }
}
