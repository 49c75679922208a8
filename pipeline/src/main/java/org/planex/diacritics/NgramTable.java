package org.planex.diacritics;

import java.util.Arrays;

/**
 * An open-addressing hash table from packed n-gram keys ({@link NgramKeys}, never 0) to an {@code int}: counts
 * while training, quantized probability and backoff codes at run time. Linear probing over primitive arrays
 * keeps a lookup to one or two cache lines, which is what decoding speed comes down to.
 */
public final class NgramTable {

  /** What {@link #get} returns for a key that is not there. */
  public static final int MISSING = Integer.MIN_VALUE;
  private static final double MAX_LOAD = 0.6;

  private long[] keys;
  private int[] values;
  private int mask;
  private int size;

  public NgramTable(int expected) {
    int capacity = Integer.highestOneBit((int) Math.max(4, Math.min(1 << 30, expected / MAX_LOAD)) - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  public int size() {
    return size;
  }

  public int get(long key) {
    int slot = slot(key);
    long[] k = keys;
    while (true) {
      long found = k[slot];
      if (found == key) {
        return values[slot];
      }
      if (found == 0) {
        return MISSING;
      }
      slot = (slot + 1) & mask;
    }
  }

  public boolean contains(long key) {
    return get(key) != MISSING;
  }

  public void put(long key, int value) {
    int slot = findOrInsert(key);
    values[slot] = value;
  }

  /** Adds {@code amount} to the value of {@code key} (0 when new). */
  public void add(long key, int amount) {
    int slot = findOrInsert(key);
    values[slot] += amount;
  }

  /** Every key, in no particular order. */
  public long[] keys() {
    long[] out = new long[size];
    int n = 0;
    for (long key : keys) {
      if (key != 0) {
        out[n++] = key;
      }
    }
    return out;
  }

  /** Keys sorted, which groups n-grams by context (see {@link NgramKeys}). */
  public long[] sortedKeys() {
    long[] out = keys();
    Arrays.sort(out);
    return out;
  }

  private int findOrInsert(long key) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved for empty slots");
    }
    int slot = slot(key);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        return slot;
      }
      if (found == 0) {
        keys[slot] = key;
        values[slot] = 0;
        if (++size > MAX_LOAD * keys.length) {
          grow();
          return existingSlot(key);
        }
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int existingSlot(long key) {
    int slot = slot(key);
    while (keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key != 0) {
        int slot = slot(key);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = oldValues[i];
      }
    }
  }

  private int slot(long key) {
    // The murmur3 finalizer: packed ids differ in few, structured bits, which a bare multiply spreads badly.
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
