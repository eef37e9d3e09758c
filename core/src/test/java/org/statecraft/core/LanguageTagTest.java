package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

  @ParameterizedTest
  @ValueSource(strings = {"ru", "prs", "ps", "en-US", "sr-Cyrl-RS", "zh-Hant", "es-419", "de-CH-1996"})
  void accepts_well_formed_canonical_tags(String tag) {
    assertThat(LanguageTag.of(tag).tag()).isEqualTo(tag);
    assertThat(LanguageTag.of(tag)).hasToString(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-us", "EN", "RU", "sr-cyrl-RS", "zh-hant"})
  void rejects_non_canonical_case_instead_of_changing_it(String tag) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> LanguageTag.of(tag));
    assertThat(t).isInstanceOf(ValidationException.class).hasMessageContaining("did you mean");
    assertThat(((ValidationException) t).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("", ViolationCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "und", "en_US", "englishes", "e", "en--US", "-en", "123", "en-", " ru"})
  void rejects_malformed_tags(String tag) {
    assertViolations(() -> LanguageTag.of(tag)).containsExactly(tuple("", ViolationCode.INVALID_FORMAT));
  }

  @Test
  void null_is_a_required_violation() {
    assertViolations(() -> LanguageTag.of(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
  }

  @Test
  void equality_is_by_value() {
    assertThat(LanguageTag.of("prs")).isEqualTo(new LanguageTag("prs")).isNotEqualTo(LanguageTag.of("ps"));
  }
}
