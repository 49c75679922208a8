package org.planex.diacritics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns an {@link OcrChannel} from pairs of a true syllable and what an OCR engine read for it, by hard EM: align
 * every pair letter by letter under the current channel (starting from the generic one, which prefers each letter
 * read as itself or its bare letter), count each letter's outputs, re-estimate, and again until the alignments
 * settle. Input is lower-case NFC; the pairs come from text rendered to images and OCR'd (the training command).
 */
public final class OcrChannelEstimator {

  /** A true syllable, what was read for it, and how often. */
  public record Pair(String truth, String observed, double weight) {}

  public static final int ITERATIONS = 4;

  private OcrChannelEstimator() {}

  public static OcrChannel estimate(List<Pair> pairs) {
    OcrChannel channel = new OcrChannel(Map.of());
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      Map<Character, Map<String, Double>> counts = new HashMap<>();
      for (Pair pair : pairs) {
        String[] outputs = align(channel, pair.truth(), pair.observed());
        if (outputs == null) {
          continue;
        }
        for (int i = 0; i < outputs.length; i++) {
          counts.computeIfAbsent(pair.truth().charAt(i), c -> new HashMap<>())
              .merge(outputs[i], pair.weight(), Double::sum);
        }
      }
      channel = new OcrChannel(counts);
    }
    return channel;
  }

  /** The output of each letter of {@code truth} on the best split of {@code observed}, or null if none exists. */
  static String[] align(OcrChannel channel, String truth, String observed) {
    int n = truth.length();
    int m = observed.length();
    if (m > OcrChannel.MAX_OUTPUT * n) {
      return null;
    }
    float[][] best = new float[n + 1][m + 1];
    int[][] taken = new int[n + 1][m + 1];
    for (float[] row : best) {
      java.util.Arrays.fill(row, Float.NEGATIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        for (int k = 0; k <= OcrChannel.MAX_OUTPUT && k <= j; k++) {
          if (best[i - 1][j - k] == Float.NEGATIVE_INFINITY) {
            continue;
          }
          float score = best[i - 1][j - k] + channel.logProb(truth.charAt(i - 1), observed.substring(j - k, j));
          if (score > best[i][j]) {
            best[i][j] = score;
            taken[i][j] = k;
          }
        }
      }
    }
    if (best[n][m] == Float.NEGATIVE_INFINITY) {
      return null;
    }
    String[] outputs = new String[n];
    for (int i = n, j = m; i > 0; i--) {
      int k = taken[i][j];
      outputs[i - 1] = observed.substring(j - k, j);
      j -= k;
    }
    return outputs;
  }
}
