package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnswerTest {

  @ParameterizedTest(name = "{0} and {1} is {2}")
  @CsvSource({
      "YES, YES, YES", "YES, NO, NO", "YES, UNKNOWN, UNKNOWN",
      "NO, YES, NO", "NO, NO, NO", "NO, UNKNOWN, NO",
      "UNKNOWN, YES, UNKNOWN", "UNKNOWN, NO, NO", "UNKNOWN, UNKNOWN, UNKNOWN"})
  void and_is_three_valued_conjunction(Answer a, Answer b, Answer expected) {
    assertThat(a.and(b)).isEqualTo(expected);
  }

  @Test
  void of_maps_certain_results() {
    assertThat(Answer.of(true)).isEqualTo(Answer.YES);
    assertThat(Answer.of(false)).isEqualTo(Answer.NO);
  }
}
