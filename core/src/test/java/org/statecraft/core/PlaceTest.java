package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.AF;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class PlaceTest {

  @Test
  void holds_name_country_and_optional_details() {
    Place kabul = Place.builder().name("Kabul").country(AF).coordinates(Coordinates.of(34.53, 69.17))
        .gazetteerId(ExternalId.of(IdScheme.GEONAMES, "1138958")).build();
    assertThat(kabul.name()).isEqualTo("Kabul");
    assertThat(kabul.country()).isEqualTo(AF);
    assertThat(kabul.coordinates()).contains(Coordinates.of(34.53, 69.17));
    assertThat(kabul.gazetteerId()).isPresent();
    assertThat(Place.of("Kabul", AF).coordinates()).isEmpty();
    assertThat(Place.of("Kabul", AF).gazetteerId()).isEmpty();
  }

  @Test
  void rejects_a_blank_name_and_requires_the_country() {
    assertViolations(() -> Place.of(" ", AF)).containsExactly(tuple("name", ViolationCode.BLANK));
    assertViolations(() -> Place.builder().name("Kabul").build()).containsExactly(tuple("country", ViolationCode.REQUIRED));
  }
}
