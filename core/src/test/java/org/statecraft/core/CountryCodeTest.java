package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"AF", "RU", "US", "DE", "PS", "TW"})
  void accepts_assigned_iso_codes(String code) {
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.isValid(code)).isTrue();
  }

  @Test
  void accepts_kosovo_as_used_by_sanctions_lists() {
    assertThat(CountryCode.of("XK")).hasToString("XK");
    assertThat(CountryCode.isValid("XK")).isTrue();
    assertThat(CountryCode.USER_ASSIGNED).containsExactly("XK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"af", "Af", "A", "AFG", "", "A1", "ÄF", " AF"})
  void rejects_malformed_codes_as_invalid_format(String code) {
    assertViolations(() -> CountryCode.of(code)).containsExactly(tuple("", ViolationCode.INVALID_FORMAT));
    assertThat(CountryCode.isValid(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "AA", "QM", "XX", "UK", "EU"})
  void rejects_unassigned_codes_as_unknown_value(String code) {
    assertViolations(() -> CountryCode.of(code)).containsExactly(tuple("", ViolationCode.UNKNOWN_VALUE));
    assertThat(CountryCode.isValid(code)).isFalse();
  }

  @Test
  void null_is_a_required_violation_and_not_valid() {
    assertViolations(() -> CountryCode.of(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
    assertThat(CountryCode.isValid(null)).isFalse();
  }

  @Test
  void user_assigned_codes_cannot_be_changed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CountryCode.USER_ASSIGNED.add("ZZ"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
