package org.statecraft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.statecraft.core.TestData.assertViolations;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The slug rule shared by {@link OfficialId}, {@link OrganizationId}, {@link EventId}, {@link SourceId} and {@link IdScheme}. */
class IdsTest {

  static List<Function<String, Object>> factories() {
    return List.of(OfficialId::of, OrganizationId::of, EventId::of, SourceId::of, IdScheme::of);
  }

  static Stream<Arguments> valid() {
    return factories().stream().flatMap(f -> Stream.of("sergei-shoigu", "a", "q313326", "2024-visit", "x".repeat(100))
        .map(s -> Arguments.of(f, s)));
  }

  static Stream<Arguments> invalid() {
    return factories().stream().flatMap(f -> Stream.of("", "Sergei-Shoigu", "sergei--shoigu", "-shoigu", "shoigu-",
            "sergei shoigu", "sergei_shoigu", "шойгу", "x".repeat(101), " a", "a.b")
        .map(s -> Arguments.of(f, s)));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void accepts_slugs(Function<String, Object> factory, String slug) {
    assertThat(factory.apply(slug)).hasToString(slug);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejects_anything_but_a_slug(Function<String, Object> factory, String text) {
    assertViolations(() -> factory.apply(text)).containsExactly(tuple("", ViolationCode.INVALID_FORMAT));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void null_is_a_required_violation(Function<String, Object> factory) {
    assertViolations(() -> factory.apply(null)).containsExactly(tuple("", ViolationCode.REQUIRED));
  }

  @Test
  void identifiers_compare_by_value_and_by_type() {
    assertThat(OfficialId.of("taliban")).isEqualTo(new OfficialId("taliban"))
        .hasSameHashCodeAs(new OfficialId("taliban"));
    assertThat((Object) OfficialId.of("taliban")).isNotEqualTo(OrganizationId.of("taliban"));
    assertThat((Object) EventId.of("x")).isNotEqualTo(SourceId.of("x"));
    assertThat(OfficialId.of("a").value()).isEqualTo("a");
  }

  @Test
  void officials_and_organizations_are_actors_but_events_and_sources_are_not() {
    assertThat(ActorRef.class).isAssignableFrom(OfficialId.class).isAssignableFrom(OrganizationId.class);
    assertThat(ActorRef.class.isAssignableFrom(EventId.class)).isFalse();
    assertThat(ActorRef.class.isAssignableFrom(SourceId.class)).isFalse();
  }

  @Test
  void slug_loop_accepts_exactly_what_the_documented_pattern_accepts() {
    java.util.Random random = new java.util.Random(20241125);
    String alphabet = "ab09-Z_ -";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder candidate = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        candidate.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = candidate.toString();
      org.assertj.core.api.Assertions.assertThat(Ids.isSlug(text)).as("'%s'", text)
          .isEqualTo(Ids.SLUG.matcher(text).matches());
    }
  }
}
