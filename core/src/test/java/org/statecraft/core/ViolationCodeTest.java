package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationCodeTest {

  @Test
  void wire_codes_are_lower_case_with_hyphens() {
    assertThat(ViolationCode.END_BEFORE_START.code()).isEqualTo("end-before-start");
    assertThat(ViolationCode.DANGLING_REFERENCE.code()).isEqualTo("dangling-reference");
    assertThat(ViolationCode.REQUIRED.code()).isEqualTo("required");
  }

  @ParameterizedTest
  @EnumSource(ViolationCode.class)
  void from_code_inverts_code(ViolationCode code) {
    assertThat(code.code()).matches("[a-z]+(-[a-z]+)*");
    assertThat(ViolationCode.fromCode(code.code())).isSameAs(code);
  }

  @Test
  void from_code_rejects_unknown_and_java_names() {
    assertThatThrownBy(() -> ViolationCode.fromCode("END_BEFORE_START")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("END_BEFORE_START");
    assertThatThrownBy(() -> ViolationCode.fromCode("nope")).isInstanceOf(IllegalArgumentException.class);
  }
}
