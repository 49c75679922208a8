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
        String[] outputs = channel.split(pair.truth(), pair.observed());
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
}
