package org.statecraft.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.DateInterval;
import org.statecraft.core.Event;
import org.statecraft.core.PartialDate;

class StatecraftAssertionsTest {

  @Test
  void should_give_the_assertion_of_each_model_type_beside_assertj_own() {
    Event event = Kabul.visit();
    assertThat(assertThat(Kabul.dossier())).isInstanceOf(DossierAssert.class);
    assertThat(assertThat(event)).isInstanceOf(EventAssert.class);
    assertThat(assertThat(Kabul.visit())).isInstanceOf(VisitAssert.class);
    assertThat(assertThat(Kabul.helpOffer())).isInstanceOf(StatementAssert.class);
    assertThat(assertThat(Kabul.usSanctions())).isInstanceOf(SanctionAssert.class);
    assertThat(assertThat(Kabul.delisting())).isInstanceOf(DesignationChangeAssert.class);
    assertThat(assertThat(Kabul.shoigu())).isInstanceOf(OfficialAssert.class);
    assertThat(assertThat(Kabul.taliban())).isInstanceOf(OrganizationAssert.class);
    assertThat(assertThat(PartialDate.parse("2024"))).isInstanceOf(PartialDateAssert.class);
    assertThat(assertThat(DateInterval.parse("2024/.."))).isInstanceOf(DateIntervalAssert.class);
    // AssertJ's own overloads still apply to other types.
    assertThat(Kabul.dossier().events()).hasSize(7);
  }
}
