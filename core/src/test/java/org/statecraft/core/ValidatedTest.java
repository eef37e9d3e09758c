package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.visit;

import org.junit.jupiter.api.Test;

class ValidatedTest {

  @Test
  void captures_a_valid_value() {
    Validated<Visit> result = Validated.attempt(visit("v")::build);
    assertThat(result.isValid()).isTrue();
    assertThat(result.value()).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(EventId.of("v")));
    assertThat(result.violations()).isEmpty();
    assertThat(result.orElseThrow()).isEqualTo(visit("v").build());
    assertThat(result.toString()).startsWith("Validated[");
  }

  @Test
  void lists_every_problem_of_a_candidate_without_throwing() {
    Visit.Builder candidate = Visit.builder().id(EventId.of("v")).when(TestData.NOV_25);
    Validated<Visit> result = Validated.attempt(candidate::build);
    assertThat(result.isValid()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("provenance", ViolationCode.EMPTY), tuple("place", ViolationCode.REQUIRED),
        tuple("visitors", ViolationCode.EMPTY));
    assertThat(result.toString()).startsWith("Invalid[");
  }

  @Test
  void or_else_throw_throws_every_violation() {
    Validated<Visit> result = Validated.attempt(Visit.builder()::build);
    assertThatThrownBy(result::orElseThrow).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).isEqualTo(result.violations()));
  }

  @Test
  void violations_cannot_be_changed() {
    Validated<Visit> result = Validated.attempt(Visit.builder()::build);
    assertThatThrownBy(() -> result.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Validated.attempt(visit("v")::build).violations().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void other_failures_propagate() {
    assertThatThrownBy(() -> Validated.attempt(() -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
  }

  @Test
  void captures_failures_of_value_factories_too() {
    Validated<PartialDate> result = Validated.attempt(() -> PartialDate.parse("2024-02-30"));
    assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.OUT_OF_RANGE);
  }
}
