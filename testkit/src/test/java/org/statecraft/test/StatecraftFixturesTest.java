package org.statecraft.test;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.statecraft.test.Kabul.SHOIGU;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.statecraft.core.DesignationChange;
import org.statecraft.core.Dossier;
import org.statecraft.core.Event;
import org.statecraft.core.Official;
import org.statecraft.core.Organization;
import org.statecraft.core.Sanction;
import org.statecraft.core.Statement;
import org.statecraft.core.Visit;

@ExtendWith(StatecraftFixtures.class)
class StatecraftFixturesTest {

  private static final String SAMPLE = SampleFixtureTest.NAME;

  @Test
  void injects_the_dossier_read_from_the_class_path(@Fixture(SAMPLE) Dossier dossier) {
    then(dossier).isEqualTo(Kabul.dossier());
  }

  @Test
  void injects_the_same_dossier_instance_to_every_parameter(@Fixture(SAMPLE) Dossier first,
      @Fixture(SAMPLE) Dossier second, @Fixture(value = SAMPLE, id = "shoigu-visits-kabul") Visit visit) {
    then(second).isSameAs(first);
    then(visit).isSameAs(first.events().get(0));
  }

  @Test
  void injects_entities_and_events_by_id(
      @Fixture(value = SAMPLE, id = "sergei-shoigu") Official shoigu,
      @Fixture(value = SAMPLE, id = "taliban") Organization taliban,
      @Fixture(value = SAMPLE, id = "shoigu-visits-kabul") Visit visit,
      @Fixture(value = SAMPLE, id = "taliban-ask-support") Statement request,
      @Fixture(value = SAMPLE, id = "us-sanctions-taliban") Sanction sanction,
      @Fixture(value = SAMPLE, id = "taliban-delisting") DesignationChange delisting,
      @Fixture(value = SAMPLE, id = "shoigu-offers-help") Event anyEvent) {
    then(shoigu).isEqualTo(Kabul.shoigu());
    then(taliban).isEqualTo(Kabul.taliban());
    then(visit).isEqualTo(Kabul.visit());
    then(request).isEqualTo(Kabul.supportRequest());
    then(sanction).isEqualTo(Kabul.usSanctions());
    then(delisting).isEqualTo(Kabul.delisting());
    then(anyEvent).isEqualTo(Kabul.helpOffer());
    assertThat(visit).hasVisitor(SHOIGU);
  }

  @Test
  void reads_a_dossier_once_per_run_and_shares_it_between_tests() {
    Events tests = run(TwoTestsRecordingTheirDossier.class);
    then(tests.failed().count()).isZero();
    then(TwoTestsRecordingTheirDossier.seen).hasSize(2);
    then(TwoTestsRecordingTheirDossier.seen.get(1)).isSameAs(TwoTestsRecordingTheirDossier.seen.get(0));
  }

  @Test
  void reports_an_unknown_name_with_the_resource_looked_up() {
    then(failureOf(UnknownName.class)).isEqualTo("@Fixture parameter 0 (Dossier) of UnknownName.test: no fixture dossier "
        + "named 'kabul-visit-2099-01-01': the class path has no resource statecraft/fixtures/kabul-visit-2099-01-01.json "
        + "(the Kabul dossier, kabul-visit-2024-11-25, comes with the statecraft-examples artifact)");
  }

  @Test
  void reports_a_name_given_as_a_file_name() {
    then(failureOf(NameWithExtension.class)).isEqualTo("@Fixture parameter 0 (Dossier) of NameWithExtension.test: "
        + "'kabul-sample.json' is not a fixture name; give the file name of a resource in statecraft/fixtures/ "
        + "without '.json', such as \"kabul-visit-2024-11-25\"");
  }

  @Test
  void reports_an_invalid_dossier_with_its_violations() {
    then(failureOf(InvalidDossier.class)).startsWith("@Fixture parameter 0 (Dossier) of InvalidDossier.test: "
        + "the fixture statecraft/fixtures/dangling-visitor.json is not a valid dossier: ")
        .contains("$.events[0].visitors[0]").contains("sergei-shoigu");
  }

  @Test
  void reports_an_unknown_id_with_the_ids_of_that_kind() {
    then(failureOf(UnknownId.class)).isEqualTo("@Fixture parameter 0 (Official) of UnknownId.test: the fixture dossier "
        + "'kabul-sample' has no official with the id 'sergei-lavrov'; its official ids are [sergei-shoigu, abdul-ghani-baradar]");
  }

  @Test
  void reports_an_unknown_event_id_with_the_event_ids_of_that_type() {
    then(failureOf(UnknownSanctionId.class)).isEqualTo("@Fixture parameter 0 (Sanction) of UnknownSanctionId.test: "
        + "the fixture dossier 'kabul-sample' has no sanction with the id 'un-sanctions'; its sanction ids are "
        + "[us-sanctions-taliban]");
  }

  @Test
  void reports_an_id_of_another_kind_with_what_it_is() {
    then(failureOf(WrongKind.class)).isEqualTo("@Fixture parameter 0 (Visit) of WrongKind.test: in the fixture dossier "
        + "'kabul-sample', 'sergei-shoigu' is an official, not a visit; declare the parameter with the matching type");
  }

  @Test
  void reports_an_event_id_asked_for_as_another_event_type() {
    then(failureOf(WrongEventType.class)).isEqualTo("@Fixture parameter 0 (Statement) of WrongEventType.test: in the "
        + "fixture dossier 'kabul-sample', 'us-sanctions-taliban' is a sanction, not a statement; declare the parameter "
        + "with the matching type");
  }

  @Test
  void reports_a_malformed_id() {
    then(failureOf(MalformedId.class)).startsWith("@Fixture parameter 0 (Organization) of MalformedId.test: "
        + "'Taliban' is not an id: ");
  }

  @Test
  void reports_a_dossier_asked_for_as_another_type() {
    then(failureOf(DossierAsString.class)).isEqualTo("@Fixture parameter 0 (String) of DossierAsString.test: "
        + "@Fixture(\"kabul-sample\") without an id injects a Dossier, but the parameter is a String; declare it as "
        + "Dossier, or give the id of an official, organization or event");
  }

  @Test
  void reports_an_unsupported_type_for_an_id() {
    then(failureOf(IdAsString.class)).isEqualTo("@Fixture parameter 0 (String) of IdAsString.test: @Fixture with an "
        + "id injects one of Official, Organization, Event, Visit, Statement, Sanction, DesignationChange, but the "
        + "parameter is a String");
  }

  @Test
  void gives_the_resource_path_of_a_name() {
    then(StatecraftFixtures.resourceOf("kabul-visit-2024-11-25"))
        .isEqualTo("statecraft/fixtures/kabul-visit-2024-11-25.json");
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
  }

  /** Runs a class holding one test, which must fail resolving its parameter; returns the message. */
  private static String failureOf(Class<?> testClass) {
    List<Throwable> failures = run(testClass).failed().stream()
        .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .collect(Collectors.toList());
    then(failures).hasSize(1);
    then(failures.get(0)).isInstanceOf(ParameterResolutionException.class);
    return failures.get(0).getMessage();
  }

  // The classes below are run by the tests above through the JUnit Platform test kit, not directly.

  @ExtendWith(StatecraftFixtures.class)
  static class TwoTestsRecordingTheirDossier {
    static final List<Dossier> seen = new ArrayList<>();

    @Test
    void first(@Fixture(SAMPLE) Dossier dossier) {
      seen.add(dossier);
    }

    @Test
    void second(@Fixture(SAMPLE) Dossier dossier) {
      seen.add(dossier);
    }
  }

  @ExtendWith(StatecraftFixtures.class)
  static class UnknownName {
    @Test
    void test(@Fixture("kabul-visit-2099-01-01") Dossier dossier) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class NameWithExtension {
    @Test
    void test(@Fixture("kabul-sample.json") Dossier dossier) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class InvalidDossier {
    @Test
    void test(@Fixture("dangling-visitor") Dossier dossier) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class UnknownId {
    @Test
    void test(@Fixture(value = SAMPLE, id = "sergei-lavrov") Official official) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class UnknownSanctionId {
    @Test
    void test(@Fixture(value = SAMPLE, id = "un-sanctions") Sanction sanction) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class WrongKind {
    @Test
    void test(@Fixture(value = SAMPLE, id = "sergei-shoigu") Visit visit) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class WrongEventType {
    @Test
    void test(@Fixture(value = SAMPLE, id = "us-sanctions-taliban") Statement statement) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class MalformedId {
    @Test
    void test(@Fixture(value = SAMPLE, id = "Taliban") Organization organization) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class DossierAsString {
    @Test
    void test(@Fixture(SAMPLE) String dossier) {}
  }

  @ExtendWith(StatecraftFixtures.class)
  static class IdAsString {
    @Test
    void test(@Fixture(value = SAMPLE, id = "taliban") String taliban) {}
  }
}
