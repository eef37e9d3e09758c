package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.statecraft.core.Violation;
import org.statecraft.core.ViolationCode;

/** Hostile or broken input fails with a StatecraftJsonException, and with nothing else. */
class HardeningTest {

  private final StatecraftJson json = StatecraftJson.standard();
  private final String dossier = json.writeDossier(Samples.dossier());
  private final String visit = json.writeEvent(Samples.visit());

  private StatecraftJsonException failure(String text) {
    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> json.readDossier(text));
    assertThat(e).isNotNull();
    return e;
  }

  @Test
  void a_duplicate_property_is_rejected_with_its_path() {
    String text = dossier.replace("\"paragraph\":3,", "\"paragraph\":3,\"paragraph\":4,");

    StatecraftJsonException e = failure(text);

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE);
      assertThat(v.path()).isEqualTo("$.events[1].provenance[0].paragraph");
    });
  }

  @Test
  void a_duplicate_unknown_property_is_rejected_too() {
    StatecraftJsonException e = failure(dossier.replace("{\"schemaVersion\":1,", "{\"x\":1,\"x\":2,\"schemaVersion\":1,"));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.x", ViolationCode.DUPLICATE));
  }

  @Test
  void nesting_deeper_than_the_limit_fails_without_stack_overflow() {
    String deep = "{\"schemaVersion\":1,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    StatecraftJsonException e = failure(deep);

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.LIMIT_EXCEEDED);
    assertThat(e.violations().get(0).message()).contains(String.valueOf(Limits.MAX_NESTING_DEPTH));
  }

  @Test
  void a_string_longer_than_the_limit_fails() {
    String text = visit.replace("Talks on peace with Taliban leaders", "x".repeat(Limits.MAX_STRING_LENGTH + 10_000));

    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> json.readEvent(text));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.purpose", ViolationCode.LIMIT_EXCEEDED));
  }

  @Test
  void a_text_beyond_the_model_limit_but_within_the_read_limit_is_too_long() {
    String text = visit.replace("Talks on peace with Taliban leaders", "x".repeat(5_000));

    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> json.readEvent(text));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("$.purpose", ViolationCode.TOO_LONG));
  }

  @Test
  void a_number_longer_than_the_limit_fails() {
    String text = visit.replace("34.5553", "34." + "5".repeat(100));

    StatecraftJsonException e = catchThrowableOfType(StatecraftJsonException.class, () -> json.readEvent(text));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.LIMIT_EXCEEDED);
  }

  @Test
  void a_document_longer_than_the_limit_fails() {
    String padding = " ".repeat((int) Limits.MAX_DOCUMENT_LENGTH);
    String text = dossier.replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1," + padding);

    StatecraftJsonException e = failure(text);

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.LIMIT_EXCEEDED);
  }

  @Test
  void reading_stops_after_the_violation_limit() {
    StringBuilder sb = new StringBuilder("{\"schemaVersion\":1,\"source\":{\"id\":\"s\",\"title\":\"t\"},\"events\":[");
    for (int i = 0; i < 5_000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"type\":\"meeting\"}");
    }
    String text = sb.append("]}").toString();

    StatecraftJsonException e = failure(text);

    assertThat(e.violations()).hasSize(Limits.MAX_VIOLATIONS + 1);
    assertThat(e.violations().get(Limits.MAX_VIOLATIONS).code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("and 981 more");
  }

  @Test
  void the_hardened_mapper_has_no_default_typing_and_fails_on_trailing_tokens() {
    ObjectMapper mapper = json.newObjectMapper();

    assertThat(mapper.getPolymorphicTypeValidator()).isNotNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(Limits.MAX_NESTING_DEPTH);
    assertThat(mapper.getFactory().isEnabled(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION
        .mappedFeature())).isTrue();
  }

  @Test
  void every_truncation_of_a_dossier_fails_only_with_a_statecraft_json_exception() {
    byte[] bytes = dossier.getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n < bytes.length; n++) {
      byte[] cut = java.util.Arrays.copyOf(bytes, n);
      Throwable t = catchThrowable(() -> json.readDossier(cut));
      assertThat(t).as("truncated at %d", n).isInstanceOf(StatecraftJsonException.class);
    }
  }

  @Test
  void random_byte_mutations_of_a_dossier_never_fail_with_anything_but_a_statecraft_json_exception() {
    byte[] bytes = dossier.getBytes(StandardCharsets.UTF_8);
    byte[] alphabet = "{}[]\",:0123456789.-eE tfnul\\x\u0000".getBytes(StandardCharsets.ISO_8859_1);
    Random random = new Random(20241125);
    for (int round = 0; round < 1_000; round++) {
      byte[] mutated = bytes.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        mutated[random.nextInt(mutated.length)] = random.nextBoolean()
            ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
      }
      try {
        json.readDossier(mutated);
      } catch (StatecraftJsonException expected) {
        assertThat(expected.violations()).isNotEmpty();
      } catch (RuntimeException | Error other) {
        throw new AssertionError("round " + round + ": " + new String(mutated, StandardCharsets.UTF_8), other);
      }
    }
  }
}
