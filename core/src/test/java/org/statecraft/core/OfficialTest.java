package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.SHOIGU;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class OfficialTest {

  static Official.Builder shoigu() {
    return Official.builder().id(SHOIGU).addName(Name.primary("Sergei Shoigu"));
  }

  @Test
  void holds_names_nationalities_positions_and_ids() {
    Position secretary = Position.builder().title("Secretary of the Security Council")
        .organization(OrganizationId.of("security-council-of-russia"))
        .term(DateInterval.from(PartialDate.parse("2024-05-12"))).status(PositionStatus.CURRENT).build();
    Official o = shoigu()
        .addName(Name.builder().text("Сергей Шойгу").kind(NameKind.TRANSLITERATION).language(LanguageTag.of("ru"))
            .script(Script.CYRILLIC).build())
        .addNationality(CountryCode.of("RU")).addPosition(secretary)
        .addExternalId(ExternalId.wikidata("Q313326")).build();
    assertThat(o.primaryName()).isEqualTo("Sergei Shoigu");
    assertThat(o.nationalities()).containsExactly(CountryCode.of("RU"));
    assertThat(o.positions()).containsExactly(secretary);
    assertThat(o.externalIds()).containsExactly(ExternalId.wikidata("Q313326"));
    assertThat(shoigu().build().positions()).isEmpty();
  }

  @Test
  void needs_exactly_one_primary_name() {
    assertViolations(() -> Official.builder().id(SHOIGU).build()).containsExactly(tuple("names", ViolationCode.EMPTY));
    assertViolations(() -> shoigu().addName(Name.primary("Sergey Shoygu")).build())
        .containsExactly(tuple("names", ViolationCode.INCONSISTENT));
  }

  @Test
  void rejects_repeated_names_nationalities_and_external_ids_all_at_once() {
    assertViolations(() -> shoigu().addName(Name.primary("Sergei Shoigu"))
            .addNationalities(CountryCode.of("RU"), CountryCode.of("RU"))
            .addExternalIds(ExternalId.wikidata("Q313326"), ExternalId.wikidata("Q313326")).build())
        .containsExactlyInAnyOrder(tuple("names", ViolationCode.INCONSISTENT), tuple("names[1]", ViolationCode.DUPLICATE),
            tuple("nationalities[1]", ViolationCode.DUPLICATE), tuple("externalIds[1]", ViolationCode.DUPLICATE));
  }

  @Test
  void rejects_repeated_positions_and_provenance() {
    Position secretary = Position.builder().title("Secretary of the Security Council")
        .organization(OrganizationId.of("security-council-of-russia")).status(PositionStatus.CURRENT).build();
    assertViolations(() -> shoigu().addPositions(secretary, secretary)
            .addProvenance(TestData.STATED, TestData.STATED).build())
        .containsExactlyInAnyOrder(tuple("positions[1]", ViolationCode.DUPLICATE),
            tuple("provenance[1]", ViolationCode.DUPLICATE));
  }
}
