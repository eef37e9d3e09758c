package org.statecraft.jackson;

import org.jspecify.annotations.Nullable;

/**
 * Values already converted from text, per converter, looked up by the parser's characters without
 * making a string first: a document repeats the same identifiers, codes and dates many times, and a hit
 * costs a hash of the characters and one comparison. An open-addressing table that grows with the
 * number of distinct texts up to a maximum; a text is looked for in at most
 * {@link #MAX_PROBES} slots, so that texts made to share a hash code cost no more than a miss
 * (such a text is then simply converted again). Not thread-safe: one per reader.
 */
final class TextCache {

  /** The most texts kept by default; beyond, texts are converted each time. */
  static final int MAX_SIZE = 1 << 16;
  /** The most slots a text is looked for in. */
  static final int MAX_PROBES = 8;

  private String[] keys = new String[8];
  private Object[] converters = new Object[8];
  private Object[] values = new Object[8];
  private int[] hashes = new int[8];
  private int shift = 32 - 3; // 8 slots
  private int size;
  private final int maxSize;

  /** A cache of at most {@link #MAX_SIZE} texts. */
  TextCache() {
    this(MAX_SIZE);
  }

  /** A cache of at most {@code maxSize} texts. */
  TextCache(int maxSize) {
    this.maxSize = maxSize;
  }

  /** Whether {@code key} equals {@code key.length()} characters of {@code text} from {@code off}. */
  static boolean matches(String key, char[] text, int off) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != text[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** The hash of {@code len} characters of {@code text} from {@code off}, as {@link String#hashCode()}. */
  static int hash(char[] text, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** The first slot of a hash: Fibonacci hashing, so that texts with nearby hash codes ("id-1", "id-2") spread. */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** Returns the value {@code converter} gave for the text, or null. */
  @Nullable Object get(Object converter, char[] text, int off, int len, int hash) {
    int mask = keys.length - 1;
    int at = slot(hash);
    for (int probe = 0; probe < MAX_PROBES && keys[at] != null; probe++, at = (at + 1) & mask) {
      String key = keys[at];
      if (hashes[at] == hash && converters[at] == converter && key.length() == len && matches(key, text, off)) {
        return values[at];
      }
    }
    return null;
  }

  /** Stores the value {@code converter} gave for a text not stored yet, whose hash is {@code hash}, if there is room. */
  void put(Object converter, String key, int hash, Object value) {
    if (size >= maxSize) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    boolean stored = insert(converter, key, hash, value);
    if (!stored && keys.length < 4 * (size + 1)) { // a long run of taken slots: more room, once
      grow();
      stored = insert(converter, key, hash, value);
    }
    if (stored) {
      size++;
    }
  }

  private boolean insert(Object converter, String key, int hash, Object value) {
    int mask = keys.length - 1;
    int at = slot(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++, at = (at + 1) & mask) {
      if (keys[at] == null) {
        keys[at] = key;
        converters[at] = converter;
        hashes[at] = hash;
        values[at] = value;
        return true;
      }
    }
    return false;
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldConverters = converters;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    keys = new String[oldKeys.length * 2];
    converters = new Object[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    shift--;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null && insert(oldConverters[i], oldKeys[i], oldHashes[i], oldValues[i])) {
        size++;
      }
    }
  }
}
