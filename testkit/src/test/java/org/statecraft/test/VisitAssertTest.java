package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.BARADAR;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.RUSSIAN_MEDIA;
import static org.statecraft.test.Kabul.SHOIGU;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.Kabul.TALIBAN_OFFICIALS;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.CountryCode;
import org.statecraft.core.Visit;

class VisitAssertTest {

  private final Visit visit = Kabul.visit();

  @Test
  void should_pass_when_actor_is_a_visitor() {
    assertThat(visit).hasVisitor(SHOIGU);
  }

  @Test
  void should_fail_when_actor_is_not_a_visitor() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(visit).hasVisitor(BARADAR));
    // THEN
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have visitor:%n  abdul-ghani-baradar%n"
        + "but its visitors were:%n  [sergei-shoigu]"));
  }

  @Test
  void should_fail_with_the_description_when_one_is_given() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).as("the Kabul visit").hasVisitor(BARADAR));
    then(error.getMessage()).startsWith("[the Kabul visit] ");
  }

  @Test
  void should_pass_when_visitors_are_exactly_the_given_ones() {
    assertThat(visit).hasVisitors(SHOIGU);
  }

  @Test
  void should_fail_when_visitors_differ_and_say_what_is_missing_and_unexpected() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).hasVisitors(BARADAR, TALIBAN_OFFICIALS));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have exactly these visitors, in any order:%n"
        + "  [abdul-ghani-baradar, \"Taliban officials\" of taliban]%nbut they were:%n  [sergei-shoigu]%n"
        + "missing:%n  [abdul-ghani-baradar, \"Taliban officials\" of taliban]%nunexpected:%n  [sergei-shoigu]"));
  }

  @Test
  void should_fail_when_a_visitor_is_missing_and_say_only_what_is_missing() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).hasVisitors(SHOIGU, BARADAR));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have exactly these visitors, in any order:%n"
        + "  [sergei-shoigu, abdul-ghani-baradar]%nbut they were:%n  [sergei-shoigu]%n"
        + "missing:%n  [abdul-ghani-baradar]"));
  }

  @Test
  void should_pass_when_actor_is_a_host() {
    assertThat(visit).hasHost(TALIBAN);
  }

  @Test
  void should_fail_when_actor_is_not_a_host() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).hasHost(RUSSIA));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have host:%n  russia%n"
        + "but its hosts were:%n  [taliban]"));
  }

  @Test
  void should_pass_when_hosts_are_exactly_the_given_ones() {
    assertThat(visit).hasHosts(TALIBAN);
  }

  @Test
  void should_fail_when_hosts_differ() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).hasHosts());
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have exactly these hosts, in any order:%n"
        + "  []%nbut they were:%n  [taliban]%nunexpected:%n  [taliban]"));
  }

  @Test
  void should_pass_when_visit_took_place_in_the_named_place() {
    assertThat(visit).tookPlaceIn("Kabul");
  }

  @Test
  void should_fail_when_visit_took_place_elsewhere() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).tookPlaceIn("Moscow"));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have taken place in:%n  Moscow%n"
        + "but it took place in:%n  Kabul (AF)"));
  }

  @Test
  void should_pass_when_visit_took_place_in_the_country() {
    assertThat(visit).tookPlaceInCountry(CountryCode.of("AF"));
  }

  @Test
  void should_fail_when_visit_took_place_in_another_country() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).tookPlaceInCountry(CountryCode.of("RU")));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have taken place in country:%n  RU%n"
        + "but it took place in:%n  Kabul (AF)"));
  }

  @Test
  void should_pass_when_visit_took_place_on_the_date() {
    assertThat(visit).tookPlaceOn("2024-11-25");
  }

  @Test
  void should_fail_when_visit_took_place_on_another_date() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).tookPlaceOn("2024-11-26"));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have taken place on:%n  2024-11-26%n"
        + "but it took place on:%n  2024-11-25"));
  }

  @Test
  void should_fail_when_the_date_is_known_only_to_another_precision() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).tookPlaceOn("2024-11"));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto have taken place on:%n  2024-11%n"
        + "but it took place on:%n  2024-11-25"));
  }

  @Test
  void should_pass_when_visit_is_stated_directly() {
    assertThat(visit).isStatedDirectly();
  }

  @Test
  void should_fail_when_visit_is_not_reported() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).isReported());
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto be known only as reported by someone else%n"
        + "but it is known as:%n  [stated in kabul-report ¶2]"));
  }

  @Test
  void should_fail_when_visit_is_not_reported_by_the_actor() {
    AssertionError error = expectAssertionError(() -> assertThat(visit).isReportedBy(RUSSIAN_MEDIA));
    then(error).hasMessage(format("%nExpecting visit shoigu-visits-kabul%nto be reported by:%n  \"Russian media\" of russia%n"
        + "but it is known as:%n  [stated in kabul-report ¶2]"));
  }

  @Test
  void should_fail_when_visit_is_null() {
    Visit none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).hasVisitor(SHOIGU));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
