package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared text rule of {@link Checks}: free text must be Unicode text, so a string holding a
 * UTF-16 surrogate that is not half of a pair (which no UTF-8 writer can encode) is rejected
 * wherever text is checked.
 */
class ChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "\uD800", "x\uDC00", "\uDC00\uD800", "ok\uD83D"})
  void rejects_text_with_an_unpaired_surrogate_as_invalid_format(String text) {
    assertThatThrownBy(() -> Name.primary(text))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .singleElement()
            .satisfies(v -> {
              assertThat(v.path()).isEqualTo("text");
              assertThat(v.code()).isEqualTo(ViolationCode.INVALID_FORMAT);
              assertThat(v.message()).contains("unpaired surrogate");
            }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D\uDE00", "Шойгу \uD840\uDC00", "a\uD83D\uDE00b"})
  void accepts_text_whose_surrogates_are_paired(String text) {
    assertThat(Name.primary(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "\uD83D\uDE00", "abc"})
  void finds_no_unpaired_surrogate_in_unicode_text(String text) {
    assertThat(Checks.unpairedSurrogate(text)).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab\uD800", "ab\uDC00c", "ab\uD800\uD800"})
  void finds_the_first_unpaired_surrogate_at_index_2(String text) {
    assertThat(Checks.unpairedSurrogate(text)).isEqualTo(2);
  }
}
