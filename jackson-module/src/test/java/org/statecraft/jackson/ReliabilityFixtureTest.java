package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keeps the JSON the bad-input corpus mutates honest: it is exactly what the writer writes for the
 * hand-built {@link ReliabilityFixture#dossier()}, so the corpus starts from a valid, canonical
 * document and cannot drift from the model.
 */
class ReliabilityFixtureTest {

  @Test
  void checked_in_json_is_what_the_writer_writes_for_the_fixture() {
    assertThat(ReliabilityFixture.json())
        .isEqualTo(StatecraftJson.standard().writeDossierPretty(ReliabilityFixture.dossier()));
  }

  @Test
  void fixture_has_every_event_type() {
    assertThat(ReliabilityFixture.dossier().events()).extracting(e -> e.type().name())
        .containsExactly("VISIT", "STATEMENT", "STATEMENT", "SANCTION", "DESIGNATION_CHANGE");
  }
}
