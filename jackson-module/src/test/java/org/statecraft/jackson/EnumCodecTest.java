package org.statecraft.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumCodecTest {

  private static Object parseChars(EnumCodec<?> codec, String text) {
    char[] buffer = ("{\"" + text + "\"}").toCharArray(); // the text inside a larger buffer
    return codec.parse(buffer, 2, text.length());
  }

  @Test
  void parses_characters_exactly_as_it_parses_a_string_for_every_enumeration() {
    assertThat(Wire.ENUMS).isNotEmpty();
    for (EnumCodec<?> codec : Wire.ENUMS) {
      for (String name : codec.names()) {
        assertThat(parseChars(codec, name)).as(name).isNotNull().isEqualTo(codec.parse(name));
      }
      for (String other : List.of("", "x", "IN-FORCE", "in_force", "in-force ", " stated", "statedx", "state")) {
        assertThat(parseChars(codec, other)).as(other).isEqualTo(codec.parse(other));
      }
    }
  }
}
