package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.statecraft.core.ActorRef;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.DesignationStatus;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Sanction;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.Statement;
import org.statecraft.examples.KabulFixtures;
import org.statecraft.jackson.StatecraftJson;

/**
 * How a user of the library builds tests on the Kabul fixtures: plain questions to the dossier,
 * written from outside the library's packages.
 */
class ExampleUsageTest {

  private static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);

  private final Dossier kabul = KabulFixtures.dossier();

  @Test
  void the_united_states_sanctions_on_the_taliban_were_in_force_on_the_day_of_the_visit() {
    List<Sanction> inForce = kabul.sanctionsInForceOn(VISIT_DAY);

    assertThat(inForce).containsExactly(KabulFixtures.usSanctionsOnTaliban());
    assertThat(inForce.get(0).authority()).isEqualTo(KabulFixtures.UNITED_STATES);
    assertThat(inForce.get(0).measures()).contains(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN);
  }

  @Test
  void the_taliban_were_announced_for_removal_from_russias_list_but_not_removed_on_that_day() {
    Optional<DesignationStatus> status =
        kabul.designationStatus(KabulFixtures.RUSSIA, KabulFixtures.TALIBAN, VISIT_DAY);

    assertThat(status).isPresent();
    assertThat(status.get().stage()).isEqualTo(DesignationStage.ANNOUNCED);
    assertThat(status.get().isInForce()).isFalse();
    assertThat(status.get().step().announcedBy()).contains(KabulFixtures.SHOIGU_ANNOUNCES_TALIBAN_DELISTING);
  }

  @Test
  void the_day_before_the_visit_the_removal_was_at_most_proposed() {
    // The ministry's declaration has no known date beyond "on or before the visit", so on the day
    // before, not even the proposal is certainly reached: the honest answer is "nothing known".
    assertThat(kabul.designationStatus(KabulFixtures.RUSSIA, KabulFixtures.TALIBAN, VISIT_DAY.minusDays(1)))
        .isEmpty();
  }

  @Test
  void shoigu_taliban_officials_and_baradar_spoke_during_the_visit() {
    List<ActorRef> speakers = kabul.events(Statement.class).stream()
        .filter(s -> s.occasion().equals(Optional.of(KabulFixtures.VISIT)))
        .map(Statement::speaker)
        .distinct()
        .collect(Collectors.toList());

    assertThat(speakers).containsExactlyInAnyOrder(
        KabulFixtures.SHOIGU, KabulFixtures.TALIBAN_OFFICIALS, KabulFixtures.BARADAR);
  }

  @Test
  void everything_the_taliban_took_part_in_includes_what_their_officials_and_leaders_did() {
    List<Event> involving = kabul.eventsInvolving(KabulFixtures.TALIBAN);

    assertThat(involving).contains(
        KabulFixtures.visit(),
        KabulFixtures.talibanOfficialsAskRussiaForSupport(),
        KabulFixtures.talibanDelisting(),
        KabulFixtures.usSanctionsOnTaliban());
  }

  @Test
  void the_timeline_starts_with_the_sanctions_of_1999_then_the_ministrys_undated_declaration() {
    List<Event> timeline = kabul.timeline();

    assertThat(timeline).hasSize(kabul.events().size());
    assertThat(timeline.get(0)).isEqualTo(KabulFixtures.usSanctionsOnTaliban());
    assertThat(timeline.get(1)).isEqualTo(KabulFixtures.ministryDeclaresTalibanReclassification());
    assertThat(timeline.get(2)).isEqualTo(KabulFixtures.visit());
  }

  @Test
  void one_event_travels_as_json_and_comes_back_equal() {
    StatecraftJson json = StatecraftJson.standard();
    Statement announcement = KabulFixtures.shoiguAnnouncesTalibanDelisting();

    String message = json.writeEvent(announcement);       // e.g. the body of a message on a bus
    Event received = json.readEvent(message);

    assertThat(received).isEqualTo(announcement);
    assertThat(received).isInstanceOfSatisfying(Statement.class, s -> assertThat(s.isReported()).isTrue());
    assertThat(message).startsWith("{\"schemaVersion\":1,").contains("\"type\":\"statement\"");
    assertThat(json.writeEvent(received)).isEqualTo(message);
  }

  @Test
  void the_json_fixture_on_the_classpath_is_the_same_dossier() {
    Dossier fromJson = StatecraftJson.standard().readDossier(KabulFixtures.json());

    assertThat(fromJson).isEqualTo(kabul);
    assertThat(fromJson.sanctionsInForceOn(VISIT_DAY)).containsExactlyElementsOf(kabul.sanctionsInForceOn(VISIT_DAY));
  }
}
