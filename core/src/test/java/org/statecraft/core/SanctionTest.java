package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.USA;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.interval;
import static org.statecraft.core.TestData.sanction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionTest {

  @Test
  void holds_authority_targets_measures_program_and_status() {
    Sanction s = sanction("s").addMeasure(SanctionMeasure.TRAVEL_BAN).program("Taliban-related sanctions")
        .legalBasis("Executive Order 13224").build();
    assertThat(s.type()).isEqualTo(EventType.SANCTION);
    assertThat(s.authority()).isEqualTo(USA);
    assertThat(s.targets()).containsExactly(TALIBAN);
    assertThat(s.measures()).containsExactly(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN);
    assertThat(s.program()).contains("Taliban-related sanctions");
    assertThat(s.legalBasis()).contains("Executive Order 13224");
    assertThat(sanction("s").build().program()).isEmpty();
  }

  @Test
  void requires_targets_and_measures_none_twice() {
    assertViolations(() -> Sanction.builder().id(EventId.of("s")).when(DateInterval.unbounded()).authority(USA)
            .status(SanctionStatus.IN_FORCE).addProvenance(TestData.STATED).build())
        .containsExactlyInAnyOrder(tuple("targets", ViolationCode.EMPTY), tuple("measures", ViolationCode.EMPTY));
    assertViolations(() -> sanction("s").addTarget(TALIBAN).addMeasure(SanctionMeasure.ASSET_FREEZE).build())
        .containsExactlyInAnyOrder(tuple("targets[1]", ViolationCode.DUPLICATE), tuple("measures[1]", ViolationCode.DUPLICATE));
  }

  @Test
  void rejects_blank_program_and_legal_basis() {
    assertViolations(() -> sanction("s").program("").legalBasis(" ").build())
        .containsExactlyInAnyOrder(tuple("program", ViolationCode.BLANK), tuple("legalBasis", ViolationCode.BLANK));
  }

  @Test
  void a_lifted_sanction_has_an_end() {
    assertViolations(() -> sanction("s").status(SanctionStatus.LIFTED).when(interval("2001/..")).build())
        .containsExactly(tuple("when", ViolationCode.INCONSISTENT));
    assertThat(sanction("s").status(SanctionStatus.LIFTED).when(interval("2001/2002-01-15")).build().when().end()).isPresent();
  }

  @Test
  void in_force_on_a_null_day_is_a_required_violation() {
    assertViolations(() -> sanction("s").status(SanctionStatus.PROPOSED).build().inForceOn(null))
        .containsExactly(tuple("day", ViolationCode.REQUIRED));
  }

  @ParameterizedTest(name = "{0} over {1} on {2}: {3}")
  @CsvSource({
      "IN_FORCE, ../2024-11-25, 2024-11-25, YES",
      "IN_FORCE, 2021-08/.., 2024-11-25, YES",
      "IN_FORCE, 2021-08/.., 2021-08-15, UNKNOWN",
      "IN_FORCE, 2021-08/.., 2021-07-31, NO",
      "IN_FORCE, ../.., 1900-01-01, YES",
      "LIFTED, 2001/2002-01-15, 2002-01-15, YES",
      "LIFTED, 2001/2002-01-15, 2002-01-16, NO",
      "LIFTED, 2001/2002-01, 2002-01-16, UNKNOWN",
      "PROPOSED, ../.., 2024-11-25, NO",
      "PROPOSED, 2024-11-25, 2024-11-25, NO",
      "SUSPENDED, ../.., 2024-11-25, NO",
      "SUSPENDED, 2021/.., 2024-11-25, NO"})
  void in_force_on_depends_on_status_and_interval(SanctionStatus status, String when, LocalDate day, Answer expected) {
    assertThat(sanction("s").status(status).when(interval(when)).build().inForceOn(day)).isEqualTo(expected);
  }
}
