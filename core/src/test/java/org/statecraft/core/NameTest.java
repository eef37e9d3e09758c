package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTest {

  @Test
  void a_name_may_carry_its_language_and_script() {
    Name name = Name.builder().text("Шойгу").kind(NameKind.TRANSLITERATION)
        .language(LanguageTag.of("ru")).script(Script.CYRILLIC).build();
    assertThat(name.text()).isEqualTo("Шойгу");
    assertThat(name.kind()).isEqualTo(NameKind.TRANSLITERATION);
    assertThat(name.language()).contains(LanguageTag.of("ru"));
    assertThat(name.script()).contains(Script.CYRILLIC);
  }

  @Test
  void factories_give_names_without_language_or_script() {
    assertThat(Name.primary("Sergei Shoigu").kind()).isEqualTo(NameKind.PRIMARY);
    assertThat(Name.primary("Sergei Shoigu").language()).isEmpty();
    assertThat(Name.of(NameKind.WEAK_ALIAS, "Mullah Baradar").script()).isEmpty();
    assertThat(Name.primary("Baradar")).isEqualTo(Name.of(NameKind.PRIMARY, "Baradar"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejects_blank_text(String text) {
    assertViolations(() -> Name.primary(text)).containsExactly(tuple("text", ViolationCode.BLANK));
  }

  @Test
  void rejects_surrounding_white_space_and_overlong_text() {
    assertViolations(() -> Name.primary(" Shoigu")).containsExactly(tuple("text", ViolationCode.INVALID_FORMAT));
    assertViolations(() -> Name.primary("x".repeat(1001))).containsExactly(tuple("text", ViolationCode.TOO_LONG));
    assertThat(Name.primary("x".repeat(1000)).text()).hasSize(1000);
  }

  @Test
  void kind_and_text_are_required() {
    assertViolations(() -> Name.builder().build()).containsExactlyInAnyOrder(
        tuple("text", ViolationCode.REQUIRED), tuple("kind", ViolationCode.REQUIRED));
  }
}
