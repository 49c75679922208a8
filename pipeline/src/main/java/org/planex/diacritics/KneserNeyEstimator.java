package org.planex.diacritics;

import java.util.Arrays;

/**
 * Interpolated modified Kneser-Ney smoothing (Chen and Goodman 1998, as KenLM and SRILM estimate it), written
 * out in backoff form. Lower orders count distinct left extensions rather than occurrences, except for n-grams
 * that start a sentence, which cannot have any; three discounts per order come from the counts of counts.
 *
 * <p>Pruning drops n-grams of order 3 and up seen fewer than a minimum number of times; their discounted mass
 * goes to their context's backoff weight, so every distribution still sums to one, and the n-grams that are
 * the context or the suffix of a kept one are kept too, as a backoff model needs.
 */
public final class KneserNeyEstimator {

  /**
   * @param order highest order (2 to {@link NgramKeys#MAX_ORDER})
   * @param minCounts minimum count to keep an n-gram, index = order; orders 1 and 2 are always kept whole
   * @param continuationCounts Kneser-Ney's lower orders (distinct left extensions); without, occurrences, which
   *     makes the estimate modified absolute discounting
   */
  public record Options(int order, int[] minCounts, boolean continuationCounts) {

    public static Options of(int order, int... minCountsFromOrder3) {
      int[] min = new int[order + 1];
      Arrays.fill(min, 1);
      for (int n = 3; n <= order && n - 3 < minCountsFromOrder3.length; n++) {
        min[n] = minCountsFromOrder3[n - 3];
      }
      return new Options(order, min, true);
    }

    public Options withContinuationCounts(boolean value) {
      return new Options(order, minCounts, value);
    }
  }

  private final Options options;
  private final int vocabularySize;

  public KneserNeyEstimator(Options options, int vocabularySize) {
    if (options.order() < 2 || options.order() > NgramKeys.MAX_ORDER) {
      throw new IllegalArgumentException("order must be 2.." + NgramKeys.MAX_ORDER);
    }
    this.options = options;
    this.vocabularySize = vocabularySize;
  }

  public NgramEstimates estimate(NgramCounts counts) {
    int top = options.order();
    long[][] keys = new long[top + 1][];
    int[][] adjusted = new int[top + 1][];
    adjustedCounts(counts, keys, adjusted);
    boolean[][] kept = keep(keys, adjusted);

    float[] unigramProbs = new float[vocabularySize];
    float[] unigramBackoffs = new float[vocabularySize];
    boolean[] seen = new boolean[vocabularySize];
    unigrams(keys[1], adjusted[1], unigramProbs, seen);

    float[][] probs = new float[top + 1][];
    float[][] backoffs = new float[top + 1][];
    for (int n = 2; n <= top; n++) {
      probs[n] = new float[keys[n].length];
      backoffs[n - 1] = n - 1 == 1 ? unigramBackoffs : new float[keys[n - 1].length];
      order(n, keys, adjusted[n], kept, unigramProbs, probs, backoffs[n - 1]);
    }
    backoffs[top] = null;
    // Keep only what pruning kept.
    for (int n = 2; n <= top; n++) {
      int size = 0;
      for (boolean k : kept[n]) {
        size += k ? 1 : 0;
      }
      long[] k2 = new long[size];
      float[] p2 = new float[size];
      float[] b2 = n < top ? new float[size] : null;
      for (int i = 0, j = 0; i < keys[n].length; i++) {
        if (kept[n][i]) {
          k2[j] = keys[n][i];
          p2[j] = probs[n][i];
          if (b2 != null) {
            b2[j] = backoffs[n][i];
          }
          j++;
        }
      }
      keys[n] = k2;
      probs[n] = p2;
      backoffs[n] = b2;
    }
    keys[1] = null;
    return new NgramEstimates(top, unigramProbs, unigramBackoffs, seen, keys, probs, backoffs);
  }

  /** Raw counts for the highest order, distinct left extensions below it (raw for n-grams starting {@code <s>}). */
  private void adjustedCounts(NgramCounts counts, long[][] keys, int[][] adjusted) {
    int top = options.order();
    keys[top] = counts.table(top).sortedKeys();
    adjusted[top] = valuesOf(counts.table(top), keys[top]);
    for (int n = top - 1; n >= 1; n--) {
      NgramTable raw = counts.table(n);
      if (!options.continuationCounts()) {
        keys[n] = raw.sortedKeys();
        adjusted[n] = valuesOf(raw, keys[n]);
        continue;
      }
      NgramTable extensions = new NgramTable(raw.size());
      for (long key : keys[n + 1]) {
        extensions.add(NgramKeys.suffix(key, n), 1);
      }
      for (long key : raw.keys()) {
        if (NgramKeys.first(key, n) == SyllableVocabulary.SENTENCE_START) {
          extensions.put(key, raw.get(key));
        }
      }
      keys[n] = extensions.sortedKeys();
      adjusted[n] = valuesOf(extensions, keys[n]);
    }
  }

  private static int[] valuesOf(NgramTable table, long[] keys) {
    int[] values = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = table.get(keys[i]);
    }
    return values;
  }

  /** Which n-grams survive pruning, closed under taking contexts and suffixes of kept ones. */
  private boolean[][] keep(long[][] keys, int[][] adjusted) {
    int top = options.order();
    boolean[][] kept = new boolean[top + 1][];
    for (int n = top; n >= 1; n--) {
      kept[n] = new boolean[keys[n].length];
      for (int i = 0; i < keys[n].length; i++) {
        kept[n][i] = n <= 2 || adjusted[n][i] >= options.minCounts()[n];
      }
      if (n < top) {
        for (int i = 0; i < keys[n + 1].length; i++) {
          if (kept[n + 1][i]) {
            markKept(keys[n], kept[n], NgramKeys.context(keys[n + 1][i]));
            markKept(keys[n], kept[n], NgramKeys.suffix(keys[n + 1][i], n));
          }
        }
      }
    }
    return kept;
  }

  private static void markKept(long[] keys, boolean[] kept, long key) {
    int at = Arrays.binarySearch(keys, key);
    if (at >= 0) {
      kept[at] = true;
    }
  }

  /** Modified Kneser-Ney discounts D1, D2, D3+ of one order, from its counts of counts. */
  static double[] discounts(int[] adjusted) {
    long[] t = new long[5];
    for (int c : adjusted) {
      if (c >= 1 && c <= 4) {
        t[c]++;
      }
    }
    double[] d = new double[4];
    if (t[1] == 0 || t[2] == 0 || t[3] == 0 || t[4] == 0) {
      // Too little data for the estimate (tiny test corpora): the usual fixed discounts.
      d[1] = 0.5;
      d[2] = 1.0;
      d[3] = 1.5;
      return d;
    }
    double y = (double) t[1] / (t[1] + 2.0 * t[2]);
    d[1] = clamp(1 - 2 * y * t[2] / t[1], 1);
    d[2] = clamp(2 - 3 * y * t[3] / t[2], 2);
    d[3] = clamp(3 - 4 * y * t[4] / t[3], 3);
    return d;
  }

  private static double clamp(double discount, int count) {
    return Math.max(0.05, Math.min(count - 0.05, discount));
  }

  private static double discount(double[] d, int count) {
    return d[Math.min(count, 3)];
  }

  private void unigrams(long[] keys, int[] adjusted, float[] probs, boolean[] seen) {
    double[] d = discounts(adjusted);
    double total = 0;
    double mass = 0;
    for (int c : adjusted) {
      total += c;
      mass += discount(d, c);
    }
    // Every word but <s> and the unused id 0 shares the discounted mass evenly.
    double uniform = mass / total / (vocabularySize - 2);
    Arrays.fill(probs, (float) Math.log10(uniform));
    for (int i = 0; i < keys.length; i++) {
      int word = (int) keys[i];
      probs[word] = (float) Math.log10((adjusted[i] - discount(d, adjusted[i])) / total + uniform);
      seen[word] = true;
    }
    probs[SyllableVocabulary.SENTENCE_START] = -99f;
    probs[0] = -99f;
  }

  /** Probabilities of order {@code n} and the backoff weights of their contexts (order n-1). */
  private void order(int n, long[][] keys, int[] adjusted, boolean[][] kept, float[] unigramProbs,
      float[][] probs, float[] contextBackoffs) {
    double[] d = discounts(adjusted);
    long[] ngrams = keys[n];
    int start = 0;
    while (start < ngrams.length) {
      long context = NgramKeys.context(ngrams[start]);
      int end = start;
      double total = 0;
      double mass = 0;
      while (end < ngrams.length && NgramKeys.context(ngrams[end]) == context) {
        int c = adjusted[end];
        total += c;
        // Pruned n-grams give all their mass to the backoff, kept ones their discount.
        mass += kept[n][end] ? discount(d, c) : c;
        end++;
      }
      double gamma = mass / total;
      int contextIndex = n == 2 ? (int) context : Arrays.binarySearch(keys[n - 1], context);
      if (contextIndex >= 0) {
        contextBackoffs[contextIndex] = (float) Math.log10(gamma);
      }
      for (int i = start; i < end; i++) {
        if (!kept[n][i]) {
          continue;
        }
        long suffix = NgramKeys.suffix(ngrams[i], n - 1);
        double lower = n == 2 ? unigramProbs[(int) suffix]
            : probs[n - 1][Arrays.binarySearch(keys[n - 1], suffix)];
        double p = (adjusted[i] - discount(d, adjusted[i])) / total + gamma * Math.pow(10, lower);
        probs[n][i] = (float) Math.log10(p);
      }
      start = end;
    }
  }
}
