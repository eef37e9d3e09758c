package org.statecraft.examples;

// The README's "Testing with Statecraft" example, compiled and run exactly as it stands there.
// README:begin
import static org.assertj.core.api.Assertions.assertThat;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DesignationAction;
import org.statecraft.core.DesignationStage;
import org.statecraft.core.Dossier;
import org.statecraft.core.Official;
import org.statecraft.core.SanctionMeasure;
import org.statecraft.core.StatementKind;
import org.statecraft.core.Visit;
import org.statecraft.test.Fixture;
import org.statecraft.test.StatecraftFixtures;

@ExtendWith(StatecraftFixtures.class)
class TestkitExampleTest {

  static final String KABUL = "kabul-visit-2024-11-25";
  static final LocalDate VISIT_DAY = LocalDate.of(2024, 11, 25);

  @Test
  void shoigu_visits_kabul(@Fixture(value = KABUL, id = "shoigu-visits-kabul") Visit visit,
                           @Fixture(value = KABUL, id = "sergei-shoigu") Official shoigu) {
    assertThat(visit)
        .hasVisitor(shoigu.id())
        .hasHost(KabulFixtures.TALIBAN_LEADERS)
        .tookPlaceIn("Kabul")
        .tookPlaceInCountry(CountryCode.of("AF"))
        .tookPlaceOn("2024-11-25")
        .isStatedDirectly();
    assertThat(shoigu)
        .hasPrimaryName("Sergei Shoigu")
        .holdsPosition("Secretary of the Security Council", KabulFixtures.RUSSIAN_SECURITY_COUNCIL);
  }

  @Test
  void sanctions_and_the_taliban_delisting(@Fixture(KABUL) Dossier dossier) {
    assertThat(dossier).sanction(KabulFixtures.US_SANCTIONS_ON_TALIBAN)
        .hasAuthority(KabulFixtures.UNITED_STATES)
        .hasMeasures(SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN)
        .isInForceOn(VISIT_DAY);
    assertThat(dossier).statement(KabulFixtures.SHOIGU_OFFERS_POLITICAL_DIALOGUE)
        .hasKind(StatementKind.OFFER)
        .respondsTo(KabulFixtures.TALIBAN_OFFICIALS_ASK_RUSSIA_FOR_SUPPORT);
    assertThat(dossier).designationChange(KabulFixtures.TALIBAN_DELISTING)
        .hasAction(DesignationAction.DELISTING)
        .isAtStage(DesignationStage.ANNOUNCED)           // announced, not in force
        .isReportedBy(KabulFixtures.RUSSIAN_MEDIA);
    assertThat(dossier)
        .hasDesignationStatus(KabulFixtures.RUSSIA, KabulFixtures.TALIBAN, VISIT_DAY, DesignationStage.ANNOUNCED)
        .hasEventsInTimelineOrder(KabulFixtures.MINISTRY_DECLARES_TALIBAN_RECLASSIFICATION, KabulFixtures.VISIT);
    assertThat(dossier.eventsInvolving(KabulFixtures.SHOIGU)).isNotEmpty();  // AssertJ's own still works
  }
}
// README:end
