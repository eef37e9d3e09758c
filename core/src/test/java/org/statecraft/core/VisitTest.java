package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.BARADAR;
import static org.statecraft.core.TestData.KABUL;
import static org.statecraft.core.TestData.SHOIGU;
import static org.statecraft.core.TestData.STATED;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.assertViolations;
import static org.statecraft.core.TestData.visit;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitTest {

  @Test
  void holds_visitors_hosts_place_purpose_and_topics() {
    Visit v = visit("v").addHost(TALIBAN).purpose("to discuss peace").addTopic("peace").addTopic("sanctions").build();
    assertThat(v.type()).isEqualTo(EventType.VISIT);
    assertThat(v.visitors()).containsExactly(SHOIGU);
    assertThat(v.hosts()).containsExactly(TALIBAN);
    assertThat(v.place()).contains(KABUL);
    assertThat(v.purpose()).contains("to discuss peace");
    assertThat(v.topics()).containsExactly("peace", "sanctions");
    assertThat(visit("v").build().hosts()).isEmpty();
    assertThat(visit("v").build().purpose()).isEmpty();
  }

  @Test
  void requires_a_place_a_visitor_and_provenance() {
    assertViolations(() -> Visit.builder().id(EventId.of("v")).when(TestData.NOV_25).build())
        .containsExactlyInAnyOrder(tuple("provenance", ViolationCode.EMPTY), tuple("place", ViolationCode.REQUIRED),
            tuple("visitors", ViolationCode.EMPTY));
    assertViolations(() -> visit("v").place(Optional.empty()).build()).containsExactly(tuple("place", ViolationCode.REQUIRED));
  }

  @Test
  void rejects_repeated_visitors_hosts_topics_and_provenance() {
    assertViolations(() -> visit("v").addVisitor(SHOIGU).addHosts(TALIBAN, TALIBAN).addTopics("peace", "peace")
            .addProvenance(STATED).build())
        .containsExactlyInAnyOrder(tuple("provenance[1]", ViolationCode.DUPLICATE), tuple("visitors[1]", ViolationCode.DUPLICATE),
            tuple("hosts[1]", ViolationCode.DUPLICATE), tuple("topics[1]", ViolationCode.DUPLICATE));
  }

  @Test
  void a_host_is_not_also_a_visitor() {
    assertViolations(() -> visit("v").addHosts(BARADAR, SHOIGU).build())
        .containsExactly(tuple("hosts[1]", ViolationCode.INCONSISTENT));
  }

  @Test
  void rejects_blank_purpose_and_topics() {
    assertViolations(() -> visit("v").purpose(" ").addTopics("peace", "").build())
        .containsExactlyInAnyOrder(tuple("purpose", ViolationCode.BLANK), tuple("topics[1]", ViolationCode.BLANK));
    assertViolations(() -> visit("v").purpose("x".repeat(4001)).build()).containsExactly(tuple("purpose", ViolationCode.TOO_LONG));
  }

  @Test
  void topics_hold_at_most_1000_characters_each() {
    assertThat(visit("v").addTopics("x".repeat(1000)).build().topics()).containsExactly("x".repeat(1000));
    assertViolations(() -> visit("v").addTopics("peace", "x".repeat(1001)).build())
        .containsExactly(tuple("topics[1]", ViolationCode.TOO_LONG));
  }

  @Test
  void unnamed_groups_can_visit() {
    UnnamedGroup delegation = UnnamedGroup.of("a Russian delegation");
    assertThat(visit("v").addVisitor(delegation).build().visitors()).containsExactly(SHOIGU, delegation);
  }
}
