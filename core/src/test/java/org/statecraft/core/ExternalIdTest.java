package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"Q313326", "Q1", "Q999999999999"})
  void accepts_wikidata_item_ids(String qid) {
    assertThat(ExternalId.wikidata(qid)).isEqualTo(ExternalId.of(IdScheme.WIKIDATA, qid)).hasToString("wikidata:" + qid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"q313326", "Q", "Q0", "Q012", "P31", "313326", "Q31 3326", "Q1234567890123"})
  void rejects_malformed_wikidata_ids(String qid) {
    assertViolations(() -> ExternalId.wikidata(qid)).containsExactly(tuple("value", ViolationCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TAi.024", "TAe.010", "QDi.001", "KPe.012"})
  void accepts_un_sanctions_references(String ref) {
    assertThat(ExternalId.unSanctions(ref).value()).isEqualTo(ref);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TAi024", "TAx.024", "tai.024", "TAi.24", "T.024", "TAi.0241"})
  void rejects_malformed_un_references(String ref) {
    assertViolations(() -> ExternalId.unSanctions(ref)).containsExactly(tuple("value", ViolationCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @CsvSource({"ofac, 6911", "geonames, 1138958", "opensanctions, Q313326", "opensanctions, NK-abc_1.x"})
  void accepts_other_well_known_forms(String scheme, String value) {
    assertThat(ExternalId.of(IdScheme.of(scheme), value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"ofac, 06911", "ofac, SDN-1", "geonames, abc", "opensanctions, -x", "opensanctions, a b"})
  void rejects_other_malformed_forms(String scheme, String value) {
    assertViolations(() -> ExternalId.of(IdScheme.of(scheme), value)).containsExactly(tuple("value", ViolationCode.INVALID_FORMAT));
  }

  @Test
  void unknown_schemes_accept_any_non_blank_value() {
    IdScheme gov = IdScheme.of("minjust-ru");
    assertThat(gov.isWellKnown()).isFalse();
    assertThat(ExternalId.of(gov, "entry 17 / part b").value()).isEqualTo("entry 17 / part b");
    assertViolations(() -> ExternalId.of(gov, " ")).containsExactly(tuple("value", ViolationCode.BLANK));
    assertViolations(() -> ExternalId.of(gov, "")).containsExactly(tuple("value", ViolationCode.BLANK));
    assertViolations(() -> ExternalId.of(gov, " x")).containsExactly(tuple("value", ViolationCode.INVALID_FORMAT));
    assertViolations(() -> ExternalId.of(gov, "x".repeat(201))).containsExactly(tuple("value", ViolationCode.TOO_LONG));
    assertThat(ExternalId.of(gov, "x".repeat(200)).value()).hasSize(200);
  }

  @Test
  void well_known_schemes_are_recognized_by_name() {
    assertThat(IdScheme.of("wikidata")).isEqualTo(IdScheme.WIKIDATA);
    assertThat(IdScheme.WIKIDATA.isWellKnown()).isTrue();
    assertThat(IdScheme.UN_SANCTIONS.isWellKnown()).isTrue();
    assertThat(IdScheme.OFAC.isWellKnown()).isTrue();
    assertThat(IdScheme.OPENSANCTIONS.isWellKnown()).isTrue();
    assertThat(IdScheme.GEONAMES.isWellKnown()).isTrue();
    assertThat(IdScheme.of("wikidata").isWellKnown()).isTrue();
  }

  @Test
  void null_components_are_required_violations() {
    assertViolations(() -> ExternalId.of(null, "Q1")).containsExactly(tuple("scheme", ViolationCode.REQUIRED));
    assertViolations(() -> ExternalId.wikidata(null)).containsExactly(tuple("value", ViolationCode.REQUIRED));
  }
}
