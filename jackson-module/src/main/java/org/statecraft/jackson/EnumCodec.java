package org.statecraft.jackson;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The wire names of one enumeration: each constant in lower case with {@code _} replaced by
 * {@code -} ({@code ASSET_FREEZE} is {@code asset-freeze}). Immutable and thread-safe.
 */
final class EnumCodec<E extends Enum<E>> {

  private final Class<E> type;
  private final String what;
  private final E[] constants;
  private final String[] names; // by ordinal
  private final Map<String, E> byName;
  private final String known;

  EnumCodec(Class<E> type, String what) {
    this.type = type;
    this.what = what;
    E[] constants = type.getEnumConstants();
    this.constants = constants;
    this.names = new String[constants.length];
    this.byName = new HashMap<>();
    for (E e : constants) {
      String name = wireName(e);
      names[e.ordinal()] = name;
      byName.put(name, e);
    }
    this.known = Stream.of(names).collect(Collectors.joining(", "));
  }

  static String wireName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  Class<E> type() {
    return type;
  }

  /** What a value of this enumeration is called in messages, such as {@code sanction measure}. */
  String what() {
    return what;
  }

  String name(E value) {
    return names[value.ordinal()];
  }

  @Nullable E parse(String name) {
    return byName.get(name);
  }

  /**
   * Returns the constant whose wire name is {@code len} characters of {@code text} from
   * {@code off}, or null: {@link #parse(String)} without making a string.
   */
  @Nullable E parse(char[] text, int off, int len) {
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.length() == len && TextCache.matches(name, text, off)) {
        return constants[i];
      }
    }
    return null;
  }

  /** The wire names, comma-separated, in declaration order. */
  String known() {
    return known;
  }

  List<String> names() {
    return List.of(names);
  }
}
