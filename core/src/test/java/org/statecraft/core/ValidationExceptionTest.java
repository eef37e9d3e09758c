package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.SHOIGU;
import static org.statecraft.core.TestData.assertViolations;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void null_passed_for_an_optional_attribute_fails_at_once_naming_it() {
    assertViolations(() -> Visit.builder().place((Place) null)).containsExactly(tuple("place", ViolationCode.REQUIRED));
    assertViolations(() -> Visit.builder().purpose((String) null)).containsExactly(tuple("purpose", ViolationCode.REQUIRED));
    assertViolations(() -> Provenance.builder().attributedTo((ActorRef) null))
        .containsExactly(tuple("attributedTo", ViolationCode.REQUIRED));
    assertViolations(() -> Provenance.reported(TestData.SOURCE, 1, null))
        .containsExactly(tuple("attributedTo", ViolationCode.REQUIRED));
  }

  @Test
  void null_passed_for_a_required_attribute_is_reported_by_build_with_every_other_problem() {
    assertViolations(() -> TestData.visit("v").id(null).when(null).addProvenance(TestData.STATED).build())
        .containsExactlyInAnyOrder(tuple("id", ViolationCode.REQUIRED), tuple("when", ViolationCode.REQUIRED),
            tuple("provenance[1]", ViolationCode.DUPLICATE));
    assertViolations(() -> TestData.statement("s").speaker(null).build())
        .containsExactly(tuple("speaker", ViolationCode.REQUIRED));
    assertViolations(() -> TestData.sanction("s").status(null).build())
        .containsExactly(tuple("status", ViolationCode.REQUIRED));
    assertViolations(() -> Dossier.builder().source(null).build())
        .containsExactly(tuple("source", ViolationCode.REQUIRED));
  }

  @Test
  void null_collection_element_is_reported_by_build_at_its_index() {
    assertViolations(() -> TestData.visit("v").addVisitor(null).build())
        .containsExactly(tuple("visitors[1]", ViolationCode.REQUIRED));
    assertViolations(() -> TestData.visit("v").addHosts(TestData.TALIBAN, null).build())
        .containsExactly(tuple("hosts[1]", ViolationCode.REQUIRED));
    assertViolations(() -> TestData.visit("v").addAllTopics(Arrays.asList("peace", null)).build())
        .containsExactly(tuple("topics[1]", ViolationCode.REQUIRED));
    assertViolations(() -> TestData.sanction("s").addMeasure(null).build())
        .containsExactly(tuple("measures[" + TestData.sanction("s").build().measures().size() + "]", ViolationCode.REQUIRED));
    assertViolations(() -> Official.builder().id(TestData.SHOIGU).addName(Name.primary("Sergei Shoigu")).addName(null).build())
        .containsExactly(tuple("names[1]", ViolationCode.REQUIRED));
    assertViolations(() -> TestData.designation("d").addStage(null).build())
        .containsExactly(tuple("stages[1]", ViolationCode.REQUIRED));
    assertThatThrownBy(() -> TestData.visit("v").addVisitor(null).build()).hasMessageContaining("must not be null");
  }

  @Test
  void a_dossier_reports_a_missing_source_or_null_part_before_its_cross_references() {
    assertViolations(() -> Dossier.builder().addEvent(null).addEvent(TestData.visit("v").build()).build())
        .containsExactlyInAnyOrder(tuple("source", ViolationCode.REQUIRED), tuple("events[0]", ViolationCode.REQUIRED));
  }

  @Test
  void missing_required_attributes_are_reported_with_every_other_rule() {
    assertViolations(() -> Statement.builder().build()).containsExactlyInAnyOrder(
        tuple("id", ViolationCode.REQUIRED), tuple("when", ViolationCode.REQUIRED),
        tuple("speaker", ViolationCode.REQUIRED), tuple("kind", ViolationCode.REQUIRED),
        tuple("summary", ViolationCode.REQUIRED), tuple("provenance", ViolationCode.EMPTY));
    assertViolations(() -> Visit.builder().build()).containsExactlyInAnyOrder(
        tuple("id", ViolationCode.REQUIRED), tuple("when", ViolationCode.REQUIRED),
        tuple("place", ViolationCode.REQUIRED), tuple("visitors", ViolationCode.EMPTY),
        tuple("provenance", ViolationCode.EMPTY));
    assertViolations(() -> Sanction.builder().id(EventId.of("s")).program(" ").build()).containsExactlyInAnyOrder(
        tuple("when", ViolationCode.REQUIRED), tuple("authority", ViolationCode.REQUIRED),
        tuple("status", ViolationCode.REQUIRED), tuple("targets", ViolationCode.EMPTY),
        tuple("measures", ViolationCode.EMPTY), tuple("provenance", ViolationCode.EMPTY),
        tuple("program", ViolationCode.BLANK));
  }

  @Test
  void several_broken_rules_are_reported_at_once() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Sanction.builder().id(EventId.of("s"))
        .when(DateInterval.unbounded()).authority(TestData.USA).status(SanctionStatus.LIFTED).program(" ").build());
    assertThat(t).isInstanceOf(ValidationException.class).hasMessageStartingWith("5 violations: ");
    assertThat(((ValidationException) t).violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("provenance", ViolationCode.EMPTY), tuple("targets", ViolationCode.EMPTY),
        tuple("measures", ViolationCode.EMPTY), tuple("program", ViolationCode.BLANK),
        tuple("when", ViolationCode.INCONSISTENT));
  }

  @Test
  void message_names_a_single_violation() {
    assertThatThrownBy(() -> PartialDate.parse("2024-13"))
        .hasMessage("invalid value: month must lie in 1..12, was 13 [out-of-range]");
  }

  @Test
  void is_an_illegal_argument_exception() {
    assertThat(new ValidationException(List.of(new Violation("", ViolationCode.BLANK, "m"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void needs_at_least_one_violation() {
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ValidationException.class);
  }

  @Test
  void violations_are_copied_and_unmodifiable() {
    List<Violation> list = new java.util.ArrayList<>(List.of(new Violation("a", ViolationCode.BLANK, "m")));
    ValidationException e = new ValidationException(list);
    list.add(new Violation("b", ViolationCode.BLANK, "m"));
    assertThat(e.violations()).hasSize(1);
    assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void under_prefixes_every_path_and_keeps_the_cause() {
    ValidationException e = new ValidationException(List.of(
        new Violation("measures", ViolationCode.EMPTY, "m"), new Violation("", ViolationCode.BLANK, "n")));
    ValidationException moved = e.under("events[3]");
    assertThat(moved.violations()).extracting(Violation::path).containsExactly("events[3].measures", "events[3]");
    assertThat(moved.getCause()).isSameAs(e);
  }
}
