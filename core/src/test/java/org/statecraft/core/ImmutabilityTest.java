package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statecraft.core.TestData.BARADAR;
import static org.statecraft.core.TestData.SHOIGU;
import static org.statecraft.core.TestData.STATED;
import static org.statecraft.core.TestData.TALIBAN;
import static org.statecraft.core.TestData.USA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Returned collections cannot be changed, and builders reused after {@code build()} leave built values alone. */
class ImmutabilityTest {

  static Dossier dossier() {
    return Dossier.builder().source(TestData.source(TestData.SOURCE)).addOtherSource(TestData.source(SourceId.of("other")))
        .addOfficial(TestData.official(SHOIGU)).addOrganizations(TestData.organization(TALIBAN), TestData.organization(USA))
        .addEvents(TestData.visit("v").addHost(TALIBAN).build(), TestData.sanction("s").build()).build();
  }

  static Stream<Arguments> lists() {
    Visit visit = TestData.visit("v").addHost(TALIBAN).addTopic("peace").build();
    Statement statement = TestData.statement("st").addAddressee(TALIBAN).addSubject(USA).build();
    Sanction sanction = TestData.sanction("s").build();
    DesignationChange change = TestData.designation("d").stages(List.of(DesignationStep.builder()
        .stage(DesignationStage.ANNOUNCED).addProvenance(STATED).build())).build();
    Official official = Official.builder().id(SHOIGU).addName(Name.primary("Shoigu")).addNationality(CountryCode.of("RU"))
        .addPosition(Position.builder().title("t").organization(TALIBAN).status(PositionStatus.CURRENT)
            .addProvenance(STATED).build())
        .addExternalId(ExternalId.wikidata("Q1")).addProvenance(STATED).build();
    Organization org = Organization.builder().from(TestData.organization(TALIBAN)).addExternalId(ExternalId.wikidata("Q2"))
        .addProvenance(STATED).build();
    Dossier dossier = dossier();
    List<Supplier<List<?>>> all = List.of(
        visit::visitors, visit::hosts, visit::topics, visit::provenance,
        statement::addressees, statement::subjects, statement::provenance,
        sanction::targets, sanction::measures, sanction::provenance,
        change::stages, change::provenance, () -> change.stages().get(0).provenance(),
        official::names, official::nationalities, official::positions, official::externalIds, official::provenance,
        () -> official.positions().get(0).provenance(),
        org::names, org::externalIds, org::provenance,
        dossier::otherSources, dossier::officials, dossier::organizations, dossier::events, dossier::timeline,
        () -> dossier.events(Visit.class), () -> dossier.eventsInvolving(TALIBAN),
        () -> dossier.sanctionsInForceOn(LocalDate.of(2024, 11, 25)),
        () -> new ValidationException(List.of(new Violation("", ViolationCode.BLANK, "m"))).violations(),
        () -> Validated.attempt(Visit.builder()::build).violations());
    return all.stream().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("lists")
  @SuppressWarnings("unchecked")
  void returned_lists_cannot_be_changed(Supplier<List<?>> getter) {
    List<Object> list = (List<Object>) getter.get();
    assertThat(list).isNotEmpty();
    assertThatThrownBy(() -> list.add(list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_visit_builder_reused_after_build_does_not_change_the_built_value() {
    Visit.Builder builder = TestData.visit("v").addHost(TALIBAN);
    Visit built = builder.build();
    Visit copy = TestData.visit("v").addHost(TALIBAN).build();
    builder.addVisitor(BARADAR).hosts(List.of(USA)).addTopic("peace").purpose("other").id(EventId.of("w"))
        .addProvenance(Provenance.stated(TestData.SOURCE, 2));
    Visit second = builder.build();
    assertThat(built).isEqualTo(copy);
    assertThat(built.visitors()).containsExactly(SHOIGU);
    assertThat(built.hosts()).containsExactly(TALIBAN);
    assertThat(built.topics()).isEmpty();
    assertThat(built.purpose()).isEmpty();
    assertThat(second.visitors()).containsExactly(SHOIGU, BARADAR);
    assertThat(second).isNotEqualTo(built);
  }

  @Test
  void a_dossier_builder_reused_after_build_does_not_change_the_built_value() {
    Dossier.Builder builder = Dossier.builder().source(TestData.source(TestData.SOURCE)).addOrganization(TestData.organization(TALIBAN));
    Dossier built = builder.build();
    builder.addOrganization(TestData.organization(USA)).addEvent(TestData.sanction("s").build());
    assertThat(built.organizations()).hasSize(1);
    assertThat(built.events()).isEmpty();
    assertThat(built.timeline()).isEmpty();
    assertThat(builder.build().organizations()).hasSize(2);
  }

  @Test
  void a_list_given_to_a_builder_is_copied() {
    List<ActorRef> visitors = new ArrayList<>(List.of(SHOIGU));
    Visit built = Visit.builder().from(TestData.visit("v").build()).visitors(visitors).build();
    visitors.add(BARADAR);
    assertThat(built.visitors()).containsExactly(SHOIGU);
  }

  @Test
  void an_official_builder_reused_after_build_does_not_change_the_built_value() {
    Official.Builder builder = Official.builder().id(SHOIGU).addName(Name.primary("Sergei Shoigu"));
    Official built = builder.build();
    builder.addName(Name.of(NameKind.ALIAS, "Shoigu")).addNationality(CountryCode.of("RU"));
    assertThat(built.names()).containsExactly(Name.primary("Sergei Shoigu"));
    assertThat(built.nationalities()).isEmpty();
  }

  @Test
  void values_compare_by_value() {
    assertThat(dossier()).isEqualTo(dossier()).hasSameHashCodeAs(dossier());
    assertThat(TestData.designation("d").build()).isEqualTo(TestData.designation("d").build());
    assertThat(TestData.statement("s").build()).isNotEqualTo(TestData.statement("t").build());
  }
}
