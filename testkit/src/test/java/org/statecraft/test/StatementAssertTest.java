package org.statecraft.test;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.statecraft.test.Failures.expectAssertionError;
import static org.statecraft.test.Kabul.BARADAR;
import static org.statecraft.test.Kabul.DELISTING_ANNOUNCEMENT;
import static org.statecraft.test.Kabul.HELP_OFFER;
import static org.statecraft.test.Kabul.RUSSIA;
import static org.statecraft.test.Kabul.RUSSIAN_MEDIA;
import static org.statecraft.test.Kabul.SHOIGU;
import static org.statecraft.test.Kabul.SUPPORT_REQUEST;
import static org.statecraft.test.Kabul.TALIBAN;
import static org.statecraft.test.Kabul.TALIBAN_OFFICIALS;
import static org.statecraft.test.Kabul.UNITED_STATES;
import static org.statecraft.test.Kabul.VISIT;
import static org.statecraft.test.StatecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statecraft.core.Statement;
import org.statecraft.core.StatementKind;
import org.statecraft.core.UnnamedGroup;

class StatementAssertTest {

  private final Statement request = Kabul.supportRequest();
  private final Statement answer = Kabul.dialogueOffer();
  private final Statement announcement = Kabul.delistingAnnouncement();

  @Test
  void should_pass_when_speaker_is_the_given_group() {
    assertThat(request).hasSpeaker(UnnamedGroup.of("Taliban officials", TALIBAN));
  }

  @Test
  void should_fail_when_someone_else_spoke() {
    // GIVEN
    Statement statement = request;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(statement).hasSpeaker(BARADAR));
    // THEN
    then(error).hasMessage(format("%nExpecting statement taliban-ask-support%nto have speaker:%n  abdul-ghani-baradar%n"
        + "but its speaker was:%n  \"Taliban officials\" of taliban"));
  }

  @Test
  void should_pass_when_statement_is_of_the_kind() {
    assertThat(request).hasKind(StatementKind.REQUEST);
  }

  @Test
  void should_fail_when_statement_is_of_another_kind() {
    AssertionError error = expectAssertionError(() -> assertThat(request).hasKind(StatementKind.OFFER));
    then(error).hasMessage(format("%nExpecting statement taliban-ask-support%nto be of kind:%n  OFFER%n"
        + "but it was of kind:%n  REQUEST"));
  }

  @Test
  void should_pass_when_statement_is_addressed_to_the_actor() {
    assertThat(request).isAddressedTo(RUSSIA);
  }

  @Test
  void should_fail_when_statement_is_not_addressed_to_the_actor() {
    AssertionError error = expectAssertionError(() -> assertThat(request).isAddressedTo(UNITED_STATES));
    then(error).hasMessage(format("%nExpecting statement taliban-ask-support%nto have addressee:%n  united-states%n"
        + "but its addressees were:%n  [russia]"));
  }

  @Test
  void should_pass_when_statement_is_about_the_actor() {
    assertThat(request).isAbout(UNITED_STATES);
  }

  @Test
  void should_fail_when_statement_is_not_about_the_actor() {
    AssertionError error = expectAssertionError(() -> assertThat(request).isAbout(TALIBAN));
    then(error).hasMessage(format("%nExpecting statement taliban-ask-support%nto have subject:%n  taliban%n"
        + "but its subjects were:%n  [united-states]"));
  }

  @Test
  void should_pass_when_statement_responds_to_the_request() {
    assertThat(answer).respondsTo(SUPPORT_REQUEST);
  }

  @Test
  void should_fail_when_statement_responds_to_another_statement() {
    AssertionError error = expectAssertionError(() -> assertThat(answer).respondsTo(HELP_OFFER));
    then(error).hasMessage(format("%nExpecting statement shoigu-offers-dialogue%nto respond to:%n  shoigu-offers-help%n"
        + "but it responds to:%n  taliban-ask-support"));
  }

  @Test
  void should_fail_when_statement_responds_to_nothing() {
    AssertionError error = expectAssertionError(() -> assertThat(request).respondsTo(HELP_OFFER));
    then(error).hasMessage(format("%nExpecting statement taliban-ask-support%nto respond to:%n  shoigu-offers-help%n"
        + "but it responds to:%n  nothing"));
  }

  @Test
  void should_pass_when_statement_was_made_during_the_visit() {
    assertThat(answer).wasMadeDuring(VISIT);
  }

  @Test
  void should_fail_when_statement_has_no_occasion() {
    AssertionError error = expectAssertionError(() -> assertThat(announcement).wasMadeDuring(VISIT));
    then(error).hasMessage(format("%nExpecting statement shoigu-announces-delisting%n"
        + "to have been made on the occasion of:%n  shoigu-visits-kabul%nbut its occasion is:%n  nothing"));
  }

  @Test
  void should_pass_when_statement_is_reported() {
    assertThat(announcement).isReported().isReportedBy(RUSSIAN_MEDIA);
  }

  @Test
  void should_fail_when_a_reported_statement_is_expected_to_be_stated_directly() {
    AssertionError error = expectAssertionError(() -> assertThat(announcement).isStatedDirectly());
    then(error).hasMessage(format("%nExpecting statement shoigu-announces-delisting%nto be stated directly by its source%n"
        + "but it is known only as:%n  [reported by \"Russian media\" of russia in kabul-report ¶5]"));
  }

  @Test
  void should_fail_when_statement_is_reported_by_someone_else() {
    AssertionError error = expectAssertionError(() -> assertThat(announcement).isReportedBy(TALIBAN_OFFICIALS));
    then(error).hasMessage(format("%nExpecting statement shoigu-announces-delisting%nto be reported by:%n"
        + "  \"Taliban officials\" of taliban%nbut it is known as:%n  [reported by \"Russian media\" of russia in kabul-report ¶5]"));
  }

  @Test
  void should_pass_when_statement_is_stated_directly() {
    assertThat(answer).isStatedDirectly().hasSpeaker(SHOIGU);
  }

  @Test
  void should_fail_when_statement_is_null() {
    Statement none = null;
    AssertionError error = expectAssertionError(() -> assertThat(none).hasKind(StatementKind.OFFER));
    then(error).hasMessage(format("%nExpecting actual not to be null"));
  }
}
