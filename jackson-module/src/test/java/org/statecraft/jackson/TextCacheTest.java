package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TextCacheTest {

  private static final Function<String, String> UPPER = String::toUpperCase;
  private static final Function<String, String> LOWER = String::toLowerCase;

  private static Object get(TextCache cache, Object converter, String text) {
    char[] chars = ("xx" + text + "yy").toCharArray(); // the text in the middle of a buffer, as Jackson hands it over
    return cache.get(converter, chars, 2, text.length(), TextCache.hash(chars, 2, text.length()));
  }

  private static void put(TextCache cache, Object converter, String text, Object value) {
    cache.put(converter, text, text.hashCode(), value);
  }

  @Test
  void hashes_characters_as_a_string_does() {
    for (String s : new String[] {"", "a", "sergei-shoigu", "2024-11-25", "Кабул"}) {
      assertThat(TextCache.hash(s.toCharArray(), 0, s.length())).isEqualTo(s.hashCode());
    }
  }

  @Test
  void finds_a_stored_text_by_its_characters_for_the_same_converter_only() {
    TextCache cache = new TextCache();
    put(cache, UPPER, "kabul", "KABUL");

    assertThat(get(cache, UPPER, "kabul")).isEqualTo("KABUL");
    assertThat(get(cache, LOWER, "kabul")).isNull();
    assertThat(get(cache, UPPER, "kabu")).isNull();
    assertThat(get(cache, UPPER, "kabul!")).isNull();
  }

  @Test
  void keeps_every_text_while_growing() {
    TextCache cache = new TextCache();
    for (int i = 0; i < 5_000; i++) {
      put(cache, UPPER, "id-" + i, i);
    }

    for (int i = 0; i < 5_000; i++) {
      assertThat(get(cache, UPPER, "id-" + i)).isEqualTo(i);
    }
  }

  @Test
  void texts_sharing_a_hash_code_beyond_the_probe_limit_are_not_kept_and_cost_a_bounded_look_up() {
    // "Aa" and "BB" share a hash code, so every string of n such pairs shares one too.
    TextCache cache = new TextCache();
    String[] texts = new String[64];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder sb = new StringBuilder();
      for (int bit = 0; bit < 6; bit++) {
        sb.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      texts[i] = sb.toString();
      assertThat(texts[i].hashCode()).isEqualTo(texts[0].hashCode());
      put(cache, UPPER, texts[i], i);
    }

    int kept = 0;
    for (int i = 0; i < texts.length; i++) {
      Object hit = get(cache, UPPER, texts[i]);
      if (hit != null) {
        assertThat(hit).isEqualTo(i);
        kept++;
      }
    }
    assertThat(kept).isBetween(1, TextCache.MAX_PROBES);
  }
}
