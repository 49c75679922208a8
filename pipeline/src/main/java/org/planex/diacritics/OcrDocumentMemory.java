package org.planex.diacritics;

import java.util.HashMap;
import java.util.Map;

/**
 * What an OCR'd document's confident readings say about its doubtful ones: the same garbled token ({@code Tién},
 * {@code Lang}) read with confidence as one syllable somewhere ({@code xã Tiên Lãng}) leans the same token
 * elsewhere towards it. Learnt in a first pass over the document, used in the second; a cache model like
 * {@link DocumentCache}, keyed by the token as written since OCR'd tokens do not share stripped forms.
 */
final class OcrDocumentMemory {

  /** Only readings this sure (log10 margin) are remembered. */
  static final float MIN_MARGIN = 2;
  /** How many readings' weight an even prior over the candidates has against the remembered ones. */
  static final float PRIOR = 2;

  private final Map<String, Map<Integer, Integer>> readings = new HashMap<>();

  void record(String token, int syllable, float margin) {
    if (margin >= MIN_MARGIN) {
      readings.computeIfAbsent(token, t -> new HashMap<>()).merge(syllable, 1, Integer::sum);
    }
  }

  /** log10 bonuses for a token's candidates, or null when the document never read it with confidence. */
  float[] bonuses(String token, int[] candidates) {
    Map<Integer, Integer> counts = readings.get(token);
    if (counts == null || candidates.length < 2) {
      return null;
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    float[] bonuses = new float[candidates.length];
    double even = 1.0 / candidates.length;
    for (int c = 0; c < candidates.length; c++) {
      double smoothed = (counts.getOrDefault(candidates[c], 0) + PRIOR * even) / (total + PRIOR);
      bonuses[c] = (float) Math.log10(smoothed / even);
    }
    return bonuses;
  }
}
