package com.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statecraft.core.CountryCode;
import org.statecraft.core.DateInterval;
import org.statecraft.core.Dossier;
import org.statecraft.core.EventId;
import org.statecraft.core.Name;
import org.statecraft.core.Official;
import org.statecraft.core.OfficialId;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationId;
import org.statecraft.core.OrganizationKind;
import org.statecraft.core.PartialDate;
import org.statecraft.core.Place;
import org.statecraft.core.Provenance;
import org.statecraft.core.SourceDocument;
import org.statecraft.core.SourceId;
import org.statecraft.core.ValidationException;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;
import org.statecraft.core.Visit;

/** Keeps the README's usage example honest: this is the same code, compiled and run from outside the package. */
class ReadmeExampleTest {

  @Test
  void readme_usage_example_builds_and_queries_a_dossier() {
    // README:begin
    SourceId report = SourceId.of("kabul-visit-report");
    OfficialId shoigu = OfficialId.of("sergei-shoigu");
    OrganizationId taliban = OrganizationId.of("taliban");

    Visit visit = Visit.builder()
        .id(EventId.of("shoigu-visits-kabul"))
        .when(DateInterval.on(PartialDate.parse("2024-11-25")))
        .place(Place.of("Kabul", CountryCode.of("AF")))
        .addVisitor(shoigu)
        .addHost(taliban)
        .purpose("to discuss peace with Taliban leaders")
        .addProvenance(Provenance.stated(report, 2))
        .build();

    Dossier dossier = Dossier.builder()
        .source(SourceDocument.builder().id(report).title("Senior Russian Official Visits Kabul").build())
        .addOfficial(Official.builder().id(shoigu).addName(Name.primary("Sergei Shoigu")).build())
        .addOrganization(Organization.builder().id(taliban).addName(Name.primary("Taliban"))
            .kind(OrganizationKind.POLITICAL_MOVEMENT).build())
        .addEvent(visit)
        .build();

    dossier.eventsInvolving(taliban);           // [visit]
    visit.when().contains(LocalDate.of(2024, 11, 25)); // YES
    // README:end

    assertThat(dossier.eventsInvolving(taliban)).containsExactly(visit);
    assertThat(dossier.timeline()).containsExactly(visit);
  }

  @Test
  void readme_validation_example_reports_every_violation_with_its_path() {
    assertThatThrownBy(() -> Visit.builder()
            .id(EventId.of("v"))
            .when(DateInterval.on(PartialDate.ofYear(2024)))
            .addProvenance(Provenance.stated(SourceId.of("s"), 1))
            .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("place", ViolationCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("visitors", ViolationCode.EMPTY)));
  }
}
