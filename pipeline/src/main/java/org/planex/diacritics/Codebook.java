package org.planex.diacritics;

import java.util.Arrays;

/**
 * Quantization of one order's log10 probabilities or backoff weights to a few bits: bins holding equally many
 * values, each decoded as the mean of its bin (the binning KenLM's quantized tries use).
 *
 * @param exactZero code 0 stands for exactly 0 and the others for the rest: a context without continuations
 *     must back off for free, which keeps merging decoder states on their shortest context exact
 */
public record Codebook(float[] centers, boolean exactZero) {

  /** 8 bits: what probabilities get. */
  public static final int SIZE = 256;

  public static Codebook fit(float[] values, boolean exactZero) {
    return fit(values, exactZero, SIZE);
  }

  /** A codebook of {@code size} codes for {@code values}. */
  public static Codebook fit(float[] values, boolean exactZero, int size) {
    float[] sorted = exactZero ? nonZero(values) : values.clone();
    Arrays.sort(sorted);
    int first = exactZero ? 1 : 0;
    int bins = size - first;
    float[] centers = new float[size];
    float previous = sorted.length == 0 ? 0f : sorted[0];
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) sorted.length * b / bins);
      int to = (int) ((long) sorted.length * (b + 1) / bins);
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += sorted[i];
      }
      // An empty bin (fewer values than bins) repeats its neighbour, so that centers stay sorted.
      previous = to > from ? (float) (sum / (to - from)) : previous;
      centers[first + b] = previous;
    }
    return new Codebook(centers, exactZero);
  }

  private static float[] nonZero(float[] values) {
    int n = 0;
    for (float v : values) {
      n += v != 0f ? 1 : 0;
    }
    float[] out = new float[n];
    int i = 0;
    for (float v : values) {
      if (v != 0f) {
        out[i++] = v;
      }
    }
    return out;
  }

  /** The code whose center is nearest to {@code value}. */
  public int encode(float value) {
    if (exactZero && value == 0f) {
      return 0;
    }
    int first = exactZero ? 1 : 0;
    int lo = first;
    int hi = centers.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (centers[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > first && Math.abs(centers[lo - 1] - value) <= Math.abs(centers[lo] - value)) {
      return lo - 1;
    }
    return lo;
  }

  public float decode(int code) {
    return centers[code];
  }

  public int size() {
    return centers.length;
  }
}
