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
  void null_argument_to_a_builder_names_the_attribute() {
    assertViolations(() -> Visit.builder().id(null)).containsExactly(tuple("id", ViolationCode.REQUIRED));
    assertViolations(() -> Visit.builder().when(null)).containsExactly(tuple("when", ViolationCode.REQUIRED));
    assertViolations(() -> Visit.builder().place((Place) null)).containsExactly(tuple("place", ViolationCode.REQUIRED));
    assertViolations(() -> Visit.builder().purpose((String) null)).containsExactly(tuple("purpose", ViolationCode.REQUIRED));
    assertViolations(() -> Statement.builder().speaker(null)).containsExactly(tuple("speaker", ViolationCode.REQUIRED));
    assertViolations(() -> Sanction.builder().status(null)).containsExactly(tuple("status", ViolationCode.REQUIRED));
    assertViolations(() -> Provenance.builder().attributedTo((ActorRef) null))
        .containsExactly(tuple("attributedTo", ViolationCode.REQUIRED));
    assertViolations(() -> Dossier.builder().source(null)).containsExactly(tuple("source", ViolationCode.REQUIRED));
    assertViolations(() -> Provenance.reported(TestData.SOURCE, 1, null))
        .containsExactly(tuple("attributedTo", ViolationCode.REQUIRED));
  }

  @Test
  void null_collection_element_names_the_collection() {
    assertViolations(() -> Visit.builder().addVisitor(null)).containsExactly(tuple("visitors", ViolationCode.REQUIRED));
    assertViolations(() -> Visit.builder().addVisitors(SHOIGU, null)).containsExactly(tuple("visitors", ViolationCode.REQUIRED));
    assertViolations(() -> Visit.builder().addAllHosts(Arrays.asList(SHOIGU, null)))
        .containsExactly(tuple("hosts", ViolationCode.REQUIRED));
    assertViolations(() -> Sanction.builder().addMeasure(null)).containsExactly(tuple("measures", ViolationCode.REQUIRED));
    assertViolations(() -> Dossier.builder().addEvent(null)).containsExactly(tuple("events", ViolationCode.REQUIRED));
    assertViolations(() -> Official.builder().addName(null)).containsExactly(tuple("names", ViolationCode.REQUIRED));
    assertThatThrownBy(() -> Visit.builder().addVisitor(null)).hasMessageContaining("must not hold null elements");
  }

  @Test
  void missing_required_attributes_are_listed_all_at_once() {
    assertViolations(() -> Statement.builder().build()).containsExactlyInAnyOrder(
        tuple("id", ViolationCode.REQUIRED), tuple("when", ViolationCode.REQUIRED),
        tuple("speaker", ViolationCode.REQUIRED), tuple("kind", ViolationCode.REQUIRED),
        tuple("summary", ViolationCode.REQUIRED));
    assertViolations(() -> Sanction.builder().id(EventId.of("s")).build()).containsExactlyInAnyOrder(
        tuple("when", ViolationCode.REQUIRED), tuple("authority", ViolationCode.REQUIRED),
        tuple("status", ViolationCode.REQUIRED));
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
