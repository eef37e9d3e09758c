package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.SOURCE;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDocumentTest {

  static SourceDocument.Builder builder() {
    return SourceDocument.builder().id(SOURCE).title("Senior Russian Official Visits Kabul");
  }

  @Test
  void holds_the_documents_details_and_leaves_the_unknown_absent() {
    SourceDocument full = builder().publisher("A news agency").published(PartialDate.parse("2024-11-25"))
        .url("https://example.org/kabul").language(LanguageTag.of("en")).paragraphCount(6).build();
    assertThat(full.paragraphCount()).hasValue(6);
    assertThat(full.url()).contains("https://example.org/kabul");
    SourceDocument bare = builder().build();
    assertThat(bare.publisher()).isEmpty();
    assertThat(bare.published()).isEmpty();
    assertThat(bare.url()).isEmpty();
    assertThat(bare.language()).isEmpty();
    assertThat(bare.paragraphCount()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org", "https://example.org/a?b=c#d"})
  void accepts_http_and_https_addresses(String url) {
    assertThat(builder().url(url).build().url()).contains(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org/kabul", "ftp://example.org/x", "file:///etc/passwd", "https://", "http:/x",
      "https://exa mple.org", "javascript:alert(1)", "/relative"})
  void rejects_other_addresses(String url) {
    assertViolations(() -> builder().url(url).build()).containsExactly(tuple("url", ViolationCode.INVALID_FORMAT));
  }

  @Test
  void rejects_a_paragraph_count_below_one() {
    assertViolations(() -> builder().paragraphCount(0).build()).containsExactly(tuple("paragraphCount", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void reports_every_text_problem_at_once() {
    assertViolations(() -> SourceDocument.builder().id(SOURCE).title(" ").publisher("").url(" ").build())
        .containsExactlyInAnyOrder(tuple("title", ViolationCode.BLANK), tuple("publisher", ViolationCode.BLANK),
            tuple("url", ViolationCode.BLANK));
  }
}
