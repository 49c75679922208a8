package org.planex.diacritics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.planex.text.AccentFolding;

/**
 * The syllables an OCR'd token may have been, with the channel's log10 P(token | syllable): every seen syllable
 * whose stripped form is within two edits of the token's stripped form ({@code ctia} → {@code cua} → {@code của},
 * {@code S6} → {@code so} → {@code số}), scored by the {@link OcrChannel}, kept within {@link #BEAM} of the best.
 * The edit-distance filter only saves time: the channel decides. Results are cached per token; thread-safe.
 */
final class OcrCandidates {

  /** Candidates more than this (log10) less likely under the channel than the best are dropped. */
  static final float BEAM = 5;
  /**
   * At most this many candidates per token, the most likely under the channel: enough to reach a syllable whose
   * letter was garbled into an unseen pair ({@code học} read {@code hoac}), and with the word as written still
   * within the decoder's 64 candidates per position.
   */
  static final int MAX_CANDIDATES = 40;
  /**
   * Stripped forms further than this many edits from the token's are not considered; one more for tokens of
   * {@link #LONG_TOKEN} characters or more, where one letter garbled into two costs two edits ({@code chire} for
   * {@code chức}).
   */
  static final int MAX_EDITS = 2;
  static final int LONG_TOKEN = 4;

  /** Candidate ids and their channel scores, best first. */
  record Scored(int[] ids, float[] channel) {}

  private final DiacriticsModel model;
  private final OcrChannel channel;
  private final String[] forms;
  private final Map<String, Scored> cache = new ConcurrentHashMap<>();

  OcrCandidates(DiacriticsModel model, OcrChannel channel) {
    this.model = model;
    this.channel = channel;
    this.forms = model.candidates().strippedForms().toArray(String[]::new);
    Arrays.sort(forms);
  }

  /** The candidates of a lower-case token (no candidates when nothing is close enough). */
  Scored of(String observed) {
    Scored cached = cache.get(observed);
    if (cached == null) {
      cached = search(observed);
      if (cache.size() < 200_000) {
        cache.put(observed, cached);
      }
    }
    return cached;
  }

  private Scored search(String observed) {
    String folded = AccentFolding.fold(observed);
    List<Candidate> found = new ArrayList<>();
    int edits = folded.length() >= LONG_TOKEN ? MAX_EDITS + 1 : MAX_EDITS;
    for (String form : forms) {
      if (Math.abs(form.length() - folded.length()) > edits || !withinEdits(form, folded, edits)) {
        continue;
      }
      for (int id : model.candidates().of(form)) {
        float score = channel.score(model.vocabulary().word(id), observed);
        if (score > Float.NEGATIVE_INFINITY) {
          found.add(new Candidate(id, score));
        }
      }
    }
    found.sort(Comparator.comparingDouble(c -> -c.score()));
    List<Candidate> kept = found.stream()
        .takeWhile(c -> c.score() >= found.get(0).score() - BEAM).limit(MAX_CANDIDATES).toList();
    return new Scored(kept.stream().mapToInt(Candidate::id).toArray(), scoresOf(kept));
  }

  private record Candidate(int id, float score) {}

  private static float[] scoresOf(List<Candidate> candidates) {
    float[] scores = new float[candidates.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = candidates.get(i).score();
    }
    return scores;
  }

  /** Whether two strings are at most {@code edits} apart (Levenshtein, abandoned early). */
  static boolean withinEdits(String a, String b, int edits) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowBest = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowBest = Math.min(rowBest, current[j]);
      }
      if (rowBest > edits) {
        return false;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= edits;
  }
}
