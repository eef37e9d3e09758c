package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.RUSSIA;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.assertViolations;

import org.junit.jupiter.api.Test;

class OrganizationTest {

  static Organization.Builder taliban() {
    return Organization.builder().id(TALIBAN).addName(Name.primary("Taliban")).kind(OrganizationKind.POLITICAL_MOVEMENT);
  }

  @Test
  void holds_names_kind_country_parent_and_ids() {
    Organization council = Organization.builder().id(OrganizationId.of("security-council-of-russia"))
        .addName(Name.primary("Security Council of the Russian Federation"))
        .addName(Name.of(NameKind.ALIAS, "Russian National Security Council"))
        .kind(OrganizationKind.GOVERNMENT_BODY).country(CountryCode.of("RU")).parent(RUSSIA)
        .addExternalId(ExternalId.wikidata("Q1632935")).addProvenance(TestData.STATED).build();
    assertThat(council.primaryName()).isEqualTo("Security Council of the Russian Federation");
    assertThat(council.names()).hasSize(2);
    assertThat(council.parent()).contains(RUSSIA);
    assertThat(council.country()).contains(CountryCode.of("RU"));
    assertThat(taliban().build().country()).isEmpty();
    assertThat(taliban().build().parent()).isEmpty();
    assertThat(taliban().build().externalIds()).isEmpty();
  }

  @Test
  void needs_exactly_one_primary_name() {
    assertViolations(() -> Organization.builder().id(TALIBAN).kind(OrganizationKind.OTHER).build())
        .containsExactly(tuple("names", ViolationCode.EMPTY));
    assertViolations(() -> taliban().addName(Name.primary("Islamic Emirate of Afghanistan")).build())
        .containsExactly(tuple("names", ViolationCode.INCONSISTENT));
    assertViolations(() -> Organization.builder().id(TALIBAN).kind(OrganizationKind.OTHER)
        .addName(Name.of(NameKind.ALIAS, "Taliban")).build())
        .containsExactly(tuple("names", ViolationCode.INCONSISTENT));
  }

  @Test
  void rejects_repeated_names_and_external_ids() {
    assertViolations(() -> taliban().addNames(Name.of(NameKind.ALIAS, "Talibs"), Name.of(NameKind.ALIAS, "Talibs")).build())
        .containsExactly(tuple("names[2]", ViolationCode.DUPLICATE));
    assertViolations(() -> taliban().addExternalIds(ExternalId.wikidata("Q42"), ExternalId.wikidata("Q42")).build())
        .containsExactly(tuple("externalIds[1]", ViolationCode.DUPLICATE));
  }

  @Test
  void is_not_its_own_parent() {
    assertViolations(() -> taliban().parent(TALIBAN).build()).containsExactly(tuple("parent", ViolationCode.CYCLE));
  }

  @Test
  void rejects_repeated_provenance() {
    assertViolations(() -> Organization.builder().id(TestData.TALIBAN).addName(Name.primary("Taliban"))
            .kind(OrganizationKind.POLITICAL_MOVEMENT).addProvenance(TestData.STATED, TestData.STATED).build())
        .containsExactly(tuple("provenance[1]", ViolationCode.DUPLICATE));
  }
}
