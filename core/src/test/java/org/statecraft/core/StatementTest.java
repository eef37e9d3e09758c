package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.RUSSIA;
import static org.statecraft.core.TestData.SOURCE;
import static org.statecraft.core.TestData.STATED;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.USA;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.statement;

import org.junit.jupiter.api.Test;

class StatementTest {

  @Test
  void holds_speaker_kind_summary_addressees_subjects_and_links() {
    Statement s = statement("s").addAddressee(TALIBAN).addSubject(USA).occasion(EventId.of("visit"))
        .respondsTo(EventId.of("request")).build();
    assertThat(s.type()).isEqualTo(EventType.STATEMENT);
    assertThat(s.speaker()).isEqualTo(TestData.SHOIGU);
    assertThat(s.kind()).isEqualTo(StatementKind.OFFER);
    assertThat(s.addressees()).containsExactly(TALIBAN);
    assertThat(s.subjects()).containsExactly(USA);
    assertThat(s.occasion()).contains(EventId.of("visit"));
    assertThat(s.respondsTo()).contains(EventId.of("request"));
    assertThat(statement("s").build().occasion()).isEmpty();
    assertThat(statement("s").build().place()).isEmpty();
  }

  @Test
  void an_unnamed_group_can_speak() {
    UnnamedGroup officials = UnnamedGroup.of("Taliban officials", TALIBAN);
    assertThat(statement("s").speaker(officials).kind(StatementKind.REQUEST).build().speaker()).isEqualTo(officials);
  }

  @Test
  void is_reported_only_when_every_provenance_is_reported() {
    Provenance reported = Provenance.reported(SOURCE, 5, UnnamedGroup.of("Russian media"));
    assertThat(statement("s").provenance(java.util.List.of(reported)).build().isReported()).isTrue();
    assertThat(statement("s").addProvenance(reported).build().isReported()).isFalse();
    assertThat(statement("s").build().isReported()).isFalse();
  }

  @Test
  void cannot_be_its_own_occasion_or_answer() {
    assertViolations(() -> statement("s").occasion(EventId.of("s")).respondsTo(EventId.of("s")).build())
        .containsExactlyInAnyOrder(tuple("occasion", ViolationCode.CYCLE), tuple("respondsTo", ViolationCode.CYCLE));
  }

  @Test
  void rejects_blank_summary_repeated_actors_and_missing_provenance() {
    assertViolations(() -> Statement.builder().id(EventId.of("s")).when(TestData.NOV_25).speaker(RUSSIA)
            .kind(StatementKind.DECLARATION).summary("").addAddressees(USA, USA).addSubjects(TALIBAN, TALIBAN).build())
        .containsExactlyInAnyOrder(tuple("provenance", ViolationCode.EMPTY), tuple("summary", ViolationCode.BLANK),
            tuple("addressees[1]", ViolationCode.DUPLICATE), tuple("subjects[1]", ViolationCode.DUPLICATE));
    assertViolations(() -> statement("s").summary("x".repeat(4001)).build())
        .containsExactly(tuple("summary", ViolationCode.TOO_LONG));
    assertViolations(() -> statement("s").addProvenance(STATED).build())
        .containsExactly(tuple("provenance[1]", ViolationCode.DUPLICATE));
  }
}
