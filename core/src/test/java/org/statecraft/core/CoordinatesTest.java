package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

  @Test
  void accepts_kabul_and_the_edges_of_the_ranges() {
    Coordinates kabul = Coordinates.of(34.5289, 69.1725);
    assertThat(kabul.latitude()).isEqualTo(34.5289);
    assertThat(kabul.longitude()).isEqualTo(69.1725);
    assertThat(Coordinates.of(-90, -180)).isNotNull();
    assertThat(Coordinates.of(90, 180)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, 90.0001, -90.0001, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejects_bad_latitudes(double latitude) {
    assertViolations(() -> Coordinates.of(latitude, 0)).containsExactly(tuple("latitude", ViolationCode.OUT_OF_RANGE));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, 180.0001, -180.0001, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejects_bad_longitudes(double longitude) {
    assertViolations(() -> Coordinates.of(0, longitude)).containsExactly(tuple("longitude", ViolationCode.OUT_OF_RANGE));
  }

  @Test
  void reports_both_bad_components_at_once() {
    assertViolations(() -> Coordinates.of(Double.NaN, 200)).containsExactly(
        tuple("latitude", ViolationCode.OUT_OF_RANGE), tuple("longitude", ViolationCode.OUT_OF_RANGE));
  }
}
