package org.planex.diacritics;

import java.util.Arrays;

/**
 * Non-negative long keys (decoder states, contexts) to small ints: a tiny open-addressing map for one lattice
 * position, cleared cheaply between positions by forgetting only the slots it used.
 */
final class StateIndex {

  private static final long EMPTY = -1;

  private long[] keys = filled(64);
  private int[] values = new int[64];
  private int[] touched = new int[64];
  private int touchedCount;
  private int mask = 63;

  private static long[] filled(int size) {
    long[] keys = new long[size];
    Arrays.fill(keys, EMPTY);
    return keys;
  }

  void reset(int expected) {
    for (int i = 0; i < touchedCount; i++) {
      keys[touched[i]] = EMPTY;
    }
    touchedCount = 0;
    if (keys.length < expected * 2) {
      int size = Integer.highestOneBit(expected * 2 - 1) << 1;
      keys = filled(size);
      values = new int[size];
      touched = new int[size];
      mask = size - 1;
    }
  }

  /** The value of {@code key}, or else {@code value}, put there for it. */
  int findOrPut(long key, int value) {
    int slot = slot(key);
    for (long k = keys[slot]; k != EMPTY; k = keys[slot]) {
      if (k == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    touched[touchedCount++] = slot;
    return value;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
