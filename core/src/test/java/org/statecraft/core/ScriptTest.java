package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptTest {

  @ParameterizedTest
  @ValueSource(strings = {"Cyrl", "Arab", "Latn", "Hant", "Zyyy"})
  void accepts_four_letters_in_title_case(String code) {
    assertThat(Script.of(code)).hasToString(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cyrl", "CYRL", "Cyr", "Cyrll", "", "Cyr1", "Кирл", " Cyrl"})
  void rejects_other_forms(String code) {
    assertViolations(() -> Script.of(code)).containsExactly(tuple("", ViolationCode.INVALID_FORMAT));
  }

  @Test
  void null_is_a_required_violation() {
    assertViolations(() -> Script.of(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
  }

  @Test
  void constants_are_the_usual_codes() {
    assertThat(Script.LATIN).isEqualTo(Script.of("Latn"));
    assertThat(Script.CYRILLIC).isEqualTo(Script.of("Cyrl"));
    assertThat(Script.ARABIC).isEqualTo(Script.of("Arab"));
  }
}
