package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.SOURCE;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvenanceTest {

  static final UnnamedGroup RUSSIAN_MEDIA = UnnamedGroup.of("Russian media");

  @Test
  void stated_names_nobody() {
    Provenance p = Provenance.stated(SOURCE, 2);
    assertThat(p.source()).isEqualTo(SOURCE);
    assertThat(p.paragraph()).hasValue(2);
    assertThat(p.basis()).isEqualTo(Basis.STATED);
    assertThat(p.attributedTo()).isEmpty();
  }

  @Test
  void reported_and_assessed_name_who_said_it() {
    assertThat(Provenance.reported(SOURCE, 5, RUSSIAN_MEDIA).attributedTo()).contains(RUSSIAN_MEDIA);
    assertThat(Provenance.reported(SOURCE, 5, RUSSIAN_MEDIA).basis()).isEqualTo(Basis.REPORTED);
    assertThat(Provenance.assessed(SOURCE, 6, UnnamedGroup.of("analysts")).basis()).isEqualTo(Basis.ASSESSED);
  }

  @Test
  void the_paragraph_may_be_absent() {
    assertThat(Provenance.builder().source(SOURCE).basis(Basis.STATED).build().paragraph()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejects_paragraphs_below_one(int paragraph) {
    assertViolations(() -> Provenance.stated(SOURCE, paragraph)).containsExactly(tuple("paragraph", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void rejects_a_stated_fact_attributed_to_someone() {
    assertViolations(() -> Provenance.builder().source(SOURCE).basis(Basis.STATED).attributedTo(RUSSIAN_MEDIA).build())
        .containsExactly(tuple("attributedTo", ViolationCode.INCONSISTENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPORTED", "ASSESSED"})
  void requires_who_reported_or_assessed(Basis basis) {
    assertViolations(() -> Provenance.builder().source(SOURCE).basis(basis).build())
        .containsExactly(tuple("attributedTo", ViolationCode.REQUIRED));
  }

  @Test
  void reports_every_problem_at_once() {
    assertViolations(() -> Provenance.builder().source(SOURCE).paragraph(0).basis(Basis.REPORTED).build())
        .containsExactlyInAnyOrder(tuple("paragraph", ViolationCode.OUT_OF_RANGE), tuple("attributedTo", ViolationCode.REQUIRED));
    assertViolations(() -> Provenance.builder().build())
        .containsExactlyInAnyOrder(tuple("source", ViolationCode.REQUIRED), tuple("basis", ViolationCode.REQUIRED));
  }
}
