package org.planex.eval.train;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planex.diacritics.OcrChannelEstimator;
import org.planex.eval.score.Levenshtein;
import org.planex.text.AccentFolding;
import org.planex.text.Syllables;
import org.planex.text.TonePlacement;

/**
 * Pairs each syllable of rendered text with what the OCR engine read for it. Lines are aligned first (the engine
 * may drop or merge one), then the words of each pair of lines, both by edit distance over accent-folded text;
 * only words aligned one to one, and close enough to be the same word misread, give a pair. Also counts how many
 * syllables the engine read exactly, the raw accuracy the channel has to improve on.
 */
final class OcrPairCollector {

  /** Folded lines less similar than this are not the same line. */
  static final double SAME_LINE = 0.6;
  /** Folded words further apart than this share of their length are not one word misread. */
  static final double SAME_WORD = 0.67;
  private static final String EDGE_PUNCTUATION = ".,;:!?()[]\"'‘’“”…«»";

  private final Map<String, Double> pairs = new HashMap<>();
  private long syllables;
  private long readExactly;

  /** Adds the pairs of one page: {@code truth} as rendered, {@code read} as the engine read it. */
  void add(List<String> truth, List<String> read) {
    int n = truth.size();
    int m = read.size();
    double[][] best = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 || j == 0) {
          continue;
        }
        double same = similarity(truth.get(i - 1), read.get(j - 1));
        best[i][j] = Math.max(Math.max(best[i - 1][j], best[i][j - 1]),
            best[i - 1][j - 1] + (same >= SAME_LINE ? same : 0));
      }
    }
    for (int i = n, j = m; i > 0 && j > 0; ) {
      double same = similarity(truth.get(i - 1), read.get(j - 1));
      if (same >= SAME_LINE && best[i][j] == best[i - 1][j - 1] + same) {
        addLine(truth.get(i - 1), read.get(j - 1));
        i--;
        j--;
      } else if (best[i][j] == best[i - 1][j]) {
        i--;
      } else {
        j--;
      }
    }
  }

  private void addLine(String truth, String read) {
    String[] t = truth.split("\\s+");
    String[] r = read.split("\\s+");
    double gap = 0.6;
    double[][] cost = new double[t.length + 1][r.length + 1];
    for (int i = 0; i <= t.length; i++) {
      for (int j = 0; j <= r.length; j++) {
        if (i == 0 || j == 0) {
          cost[i][j] = (i + j) * gap;
          continue;
        }
        cost[i][j] = Math.min(Math.min(cost[i - 1][j], cost[i][j - 1]) + gap,
            cost[i - 1][j - 1] + distance(t[i - 1], r[j - 1]));
      }
    }
    for (int i = t.length, j = r.length; i > 0 && j > 0; ) {
      double d = distance(t[i - 1], r[j - 1]);
      if (cost[i][j] == cost[i - 1][j - 1] + d) {
        addWord(t[i - 1], r[j - 1], d);
        i--;
        j--;
      } else if (cost[i][j] == cost[i - 1][j] + gap) {
        i--;
      } else {
        j--;
      }
    }
  }

  private void addWord(String truthWord, String readWord, double distance) {
    String truth = TonePlacement.toClassic(peel(truthWord).toLowerCase(Locale.ROOT));
    String read = peel(readWord).toLowerCase(Locale.ROOT);
    if (!Syllables.isSyllable(truth) || read.isEmpty() || distance > SAME_WORD) {
      return;
    }
    syllables++;
    readExactly += truth.equals(read) ? 1 : 0;
    pairs.merge(truth + "\t" + read, 1.0, Double::sum);
  }

  /** The pairs collected so far, with their counts. */
  List<OcrChannelEstimator.Pair> pairs() {
    return pairs.entrySet().stream().map(e -> {
      String[] parts = e.getKey().split("\t");
      return new OcrChannelEstimator.Pair(parts[0], parts[1], e.getValue());
    }).toList();
  }

  long syllables() {
    return syllables;
  }

  long readExactly() {
    return readExactly;
  }

  private static String peel(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && EDGE_PUNCTUATION.indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && EDGE_PUNCTUATION.indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return Normalizer.normalize(word.substring(start, end), Normalizer.Form.NFC);
  }

  private static double similarity(String a, String b) {
    return Levenshtein.similarity(fold(a), fold(b));
  }

  /** Edit distance of the folded words as a share of the longer. */
  private static double distance(String a, String b) {
    String fa = fold(peel(a));
    String fb = fold(peel(b));
    return fa.isEmpty() && fb.isEmpty() ? 0 : Levenshtein.distance(fa, fb) / (double) Math.max(fa.length(), fb.length());
  }

  private static String fold(String text) {
    return AccentFolding.fold(text).toLowerCase(Locale.ROOT);
  }
}
