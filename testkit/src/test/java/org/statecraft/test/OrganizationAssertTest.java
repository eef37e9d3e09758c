package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.Organization;
import org.statecraft.core.OrganizationKind;

class OrganizationAssertTest {

  private final Organization council = Kabul.securityCouncil();
  private final Organization taliban = Kabul.taliban();

  @Test
  void should_pass_when_organization_has_the_primary_name() {
    assertThat(taliban).hasPrimaryName("Taliban");
  }

  @Test
  void should_fail_when_organization_has_another_primary_name() {
    AssertionError error = expectAssertionError(() -> assertThat(taliban).hasPrimaryName("Islamic Emirate of Afghanistan"));
    then(error).hasMessage(format("%nExpecting organization taliban%nto have primary name:%n"
        + "  \"Islamic Emirate of Afghanistan\"%nbut its primary name was:%n  \"Taliban\""));
  }

  @Test
  void should_pass_when_organization_is_of_the_kind() {
    assertThat(council).hasKind(OrganizationKind.GOVERNMENT_BODY);
  }

  @Test
  void should_fail_when_organization_is_of_another_kind() {
    AssertionError error = expectAssertionError(() -> assertThat(council).hasKind(OrganizationKind.MINISTRY));
    then(error).hasMessage(format("%nExpecting organization russian-security-council%nto be of kind:%n  MINISTRY%n"
        + "but it was of kind:%n  GOVERNMENT_BODY"));
  }

  @Test
  void should_pass_when_organization_is_part_of_the_parent() {
    assertThat(council).hasParent(RUSSIA);
  }

  @Test
  void should_fail_when_organization_has_no_parent() {
    AssertionError error = expectAssertionError(() -> assertThat(taliban).hasParent(RUSSIA));
    then(error).hasMessage(format("%nExpecting organization taliban%nto be part of:%n  russia%n"
        + "but its parent was:%n  none"));
  }

  @Test
  void should_fail_when_organization_is_part_of_another_parent() {
    AssertionError error = expectAssertionError(() -> assertThat(council).hasParent(TALIBAN));
    then(error).hasMessage(format("%nExpecting organization russian-security-council%nto be part of:%n  taliban%n"
        + "but its parent was:%n  russia"));
  }

  @Test
  void should_pass_when_organization_has_no_parent() {
    assertThat(taliban).hasNoParent();
  }

  @Test
  void should_fail_when_organization_has_a_parent_but_none_is_expected() {
    AssertionError error = expectAssertionError(() -> assertThat(council).hasNoParent());
    then(error).hasMessage(format("%nExpecting organization russian-security-council%nto have no parent%n"
        + "but it is part of:%n  russia"));
  }

  @Test
  void should_fail_when_organization_is_null() {
    Organization none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).hasNoParent());
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
