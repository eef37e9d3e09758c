package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.SECRETARY;
import static org.statecraft.test.Kabul.SECURITY_COUNCIL;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.Official;

class OfficialAssertTest {

  private static final String POSITIONS = "[\"Secretary of the Security Council\" at russian-security-council (CURRENT, 2024-05/..), "
      + "\"Minister of Defence\" at russia (FORMER, 2012-11/2024-05)]";

  private final Official shoigu = Kabul.shoigu();

  @Test
  void should_pass_when_official_has_the_primary_name() {
    assertThat(shoigu).hasPrimaryName("Sergei Shoigu");
  }

  @Test
  void should_fail_when_official_has_another_primary_name() {
    AssertionError error = expectAssertionError(() -> assertThat(shoigu).hasPrimaryName("Sergey Shoygu"));
    then(error).hasMessage(format("%nExpecting official sergei-shoigu%nto have primary name:%n  \"Sergey Shoygu\"%n"
        + "but its primary name was:%n  \"Sergei Shoigu\""));
  }

  @Test
  void should_pass_when_official_holds_the_position() {
    assertThat(shoigu).holdsPosition(SECRETARY).holdsPosition(SECRETARY, SECURITY_COUNCIL);
  }

  @Test
  void should_fail_when_official_held_the_position_only_formerly() {
    AssertionError error = expectAssertionError(() -> assertThat(shoigu).holdsPosition("Minister of Defence"));
    then(error).hasMessage(format("%nExpecting official sergei-shoigu%nto hold, as current or acting, the position:%n"
        + "  \"Minister of Defence\"%nbut its positions were:%n  " + POSITIONS));
  }

  @Test
  void should_fail_when_official_holds_the_title_in_another_organization() {
    AssertionError error = expectAssertionError(() -> assertThat(shoigu).holdsPosition(SECRETARY, RUSSIA));
    then(error).hasMessage(format("%nExpecting official sergei-shoigu%nto hold, as current or acting, the position:%n"
        + "  \"Secretary of the Security Council\" at russia%nbut its positions were:%n  " + POSITIONS));
  }

  @Test
  void should_fail_when_official_is_null() {
    Official none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).hasPrimaryName("Sergei Shoigu"));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
