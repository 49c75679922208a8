package org.planex.diacritics;

/**
 * How often each n-gram of order 1 to {@code order} occurs in training sentences, each sentence framed by
 * {@code <s>} and {@code </s>}. {@code <s>} is only ever a context, never counted as a word of its own.
 */
public final class NgramCounts {

  private final int order;
  private final NgramTable[] tables;
  private long tokens;

  public NgramCounts(int order) {
    if (order < 1 || order > NgramKeys.MAX_ORDER) {
      throw new IllegalArgumentException("order must be 1.." + NgramKeys.MAX_ORDER + ": " + order);
    }
    this.order = order;
    this.tables = new NgramTable[order + 1];
    for (int n = 1; n <= order; n++) {
      tables[n] = new NgramTable(1 << 16);
    }
  }

  public int order() {
    return order;
  }

  /** Counts one sentence of word ids (without its marks), {@code weight} times. */
  public void addSentence(int[] words, int length, int weight) {
    long key = SyllableVocabulary.SENTENCE_START;
    int seen = 1;
    for (int i = 0; i <= length; i++) {
      int word = i < length ? words[i] : SyllableVocabulary.SENTENCE_END;
      key = NgramKeys.suffix(NgramKeys.append(key, word), order);
      seen = Math.min(seen + 1, order);
      for (int n = 1; n <= seen; n++) {
        tables[n].add(NgramKeys.suffix(key, n), weight);
      }
    }
    tokens += (long) (length + 1) * weight;
  }

  /** The counts of order {@code n}. */
  public NgramTable table(int n) {
    return tables[n];
  }

  /** Words counted, sentence ends included, weights applied. */
  public long tokens() {
    return tokens;
  }
}
