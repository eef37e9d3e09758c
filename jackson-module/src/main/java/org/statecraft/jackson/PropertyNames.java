package org.statecraft.jackson;

/**
 * The property names of one kind of object of the wire format, each with its own bit (0 to 61),
 * so that a reader can remember which properties of an object it has seen in one {@code long}.
 * Lookup is an open-addressing table on the name's (cached) hash code: no allocation. Immutable
 * and thread-safe.
 */
final class PropertyNames {

  /** The most names one kind may have: bits 62 and 63 are left to the reader. */
  static final int MAX = 62;

  /** No names: every property is unknown. */
  static final PropertyNames NONE = new PropertyNames();

  private final String[] keys;
  private final byte[] bits;
  private final int mask;

  PropertyNames(String... names) {
    if (names.length > MAX) {
      throw new IllegalArgumentException("at most " + MAX + " names, was " + names.length);
    }
    int size = Integer.highestOneBit(Math.max(4, names.length * 4 - 1)) << 1;
    keys = new String[size];
    bits = new byte[size];
    mask = size - 1;
    for (int i = 0; i < names.length; i++) {
      int at = slot(names[i]);
      if (keys[at] != null) {
        throw new IllegalArgumentException("repeated name " + names[i]);
      }
      keys[at] = names[i];
      bits[at] = (byte) i;
    }
  }

  private int slot(String name) {
    int h = name.hashCode();
    int at = (h ^ (h >>> 16)) & mask;
    while (keys[at] != null && !keys[at].equals(name)) {
      at = (at + 1) & mask;
    }
    return at;
  }

  /** Returns the bit of {@code name}, or -1 if it is not a name of this kind. */
  int bit(String name) {
    int at = slot(name);
    return keys[at] == null ? -1 : bits[at];
  }
}
