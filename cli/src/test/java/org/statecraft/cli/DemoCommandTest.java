package org.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statecraft.core.DateInterval;
import org.statecraft.core.Event;
import org.statecraft.core.Sanction;
import org.statecraft.examples.KabulFixtures;

class DemoCommandTest {

  private final Run run = Run.of("demo");

  @Test
  void exits_zero_and_writes_nothing_to_stderr() {
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
  }

  @Test
  void prints_every_event_of_the_dossier_in_timeline_order() {
    List<Event> timeline = KabulFixtures.dossier().timeline();
    int from = 0;
    for (int i = 0; i < timeline.size(); i++) {
      String marker = "[" + timeline.get(i).id() + "]";
      int at = run.out.indexOf(marker, from);
      assertThat(at).as("event %d %s after position %d", i + 1, marker, from).isGreaterThan(from);
      from = at;
    }
  }

  @Test
  void prints_each_date_at_its_precision() {
    assertThat(run.out)
        .contains(" 1. since 1999-07-04         SANCTION")
        .contains(" 2. on or before 2024-11-25  STATEMENT (declaration)")
        .contains(" 3. 2024-11-25               VISIT")
        .contains("on or after 2024-11-25   STATEMENT (assessment)");
  }

  @Test
  void prints_who_what_status_and_source_paragraphs() {
    assertThat(run.out)
        .contains("who:    Sergei Shoigu, hosted by Taliban leaders (Taliban)")
        .contains("what:   " + KabulFixtures.shoiguOffersHelpWithStability().summary())
        .contains("what:   asset freeze, travel ban")
        .contains("status: in force, ongoing")
        .contains("status: announced, not in force")
        .contains("source: paragraph 5, reported by Russian media")
        .contains("source: paragraph 6, assessed by analysts")
        .containsPattern("source: paragraphs 1, 2\\R")
        .containsPattern("source: paragraph 5, reported by Russian media; paragraph 5\\R")
        .contains("answers: request by Taliban officials (Taliban) [taliban-officials-ask-russia-for-support]");
  }

  @Test
  void ends_by_confirming_the_dossier_is_valid() {
    List<String> lines = run.out.strip().lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("Valid: read back from " + KabulFixtures.JSON_RESOURCE)
        .contains("equals the Java fixture").contains("15 events");
  }

  @Test
  void date_words_follow_the_interval_and_event_type() {
    assertThat(TimelineFormat.date(KabulFixtures.visit())).isEqualTo("2024-11-25");
    assertThat(TimelineFormat.date(KabulFixtures.ministryDeclaresTalibanReclassification()))
        .isEqualTo("on or before 2024-11-25");
    assertThat(TimelineFormat.date(KabulFixtures.analystsAssessSecurityMotive())).isEqualTo("on or after 2024-11-25");
    assertThat(TimelineFormat.date(KabulFixtures.usSanctionsOnTaliban())).isEqualTo("since 1999-07-04");
    Sanction undated = Sanction.builder().from(KabulFixtures.usSanctionsOnTaliban()).when(DateInterval.unbounded()).build();
    assertThat(TimelineFormat.date(undated)).isEqualTo("start unknown");
  }
}
