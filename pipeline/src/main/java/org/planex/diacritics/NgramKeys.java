package org.planex.diacritics;

/**
 * N-grams packed into one {@code long}: {@value #BITS} bits a word, the last word in the lowest bits. Word ids
 * start at 1, so an n-gram's key never equals a shorter n-gram's key and the order of a key is the number of
 * its non-zero words; sorting keys sorts n-grams by their words from the first, which groups every n-gram with
 * the others of its context.
 */
public final class NgramKeys {

  public static final int BITS = 15;
  public static final int MAX_WORDS = 1 << BITS;
  /** 4 × 15 bits fit a long with room to spare; a fifth word would not. */
  public static final int MAX_ORDER = 4;
  private static final long WORD_MASK = MAX_WORDS - 1;

  private NgramKeys() {}

  /** The key of {@code context} followed by {@code word}. */
  public static long append(long context, int word) {
    return (context << BITS) | word;
  }

  /** The last word. */
  public static int last(long key) {
    return (int) (key & WORD_MASK);
  }

  /** The first word of an n-gram of {@code order}. */
  public static int first(long key, int order) {
    return (int) ((key >>> (BITS * (order - 1))) & WORD_MASK);
  }

  /** All but the last word. */
  public static long context(long key) {
    return key >>> BITS;
  }

  /** The last {@code length} words. */
  public static long suffix(long key, int length) {
    return key & ((1L << (BITS * length)) - 1);
  }

  /** How many words the key holds. */
  public static int order(long key) {
    int order = 0;
    while (key != 0) {
      order++;
      key >>>= BITS;
    }
    return order;
  }

  public static long of(int... words) {
    long key = 0;
    for (int word : words) {
      key = append(key, word);
    }
    return key;
  }
}
