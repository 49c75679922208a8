package org.planex.diacritics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.planex.text.AccentFolding;

/**
 * Learns, from accented training text, how letter runs that are no syllable are written: acronyms with Đ
 * ({@code HĐND}, {@code QĐ}, {@code NĐ} in {@code 63/2010/NĐ-CP}) and loanwords with marks ({@code panô}).
 * A stripped run is restored to its dominant written form when that form has marks, is common, and the bare
 * spelling is rare.
 */
final class WordFormStatistics {

  static final int MIN_OCCURRENCES = 5;
  static final double MIN_SHARE = 0.8;

  /** Per stripped, lower-case run: how often each lower-case spelling occurs. */
  private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

  /** Records a letter run of training text that is not a syllable. */
  void add(String run) {
    if (run.length() < 2) {
      return;
    }
    String lower = run.toLowerCase(Locale.ROOT);
    String stripped = SyllableVocabulary.isAscii(lower) ? lower : AccentFolding.fold(lower);
    spellings.computeIfAbsent(stripped, k -> new HashMap<>(2)).merge(lower, 1, Integer::sum);
  }

  /** Stripped run → the marked spelling to restore it to. */
  Map<String, WordForm> forms() {
    Map<String, WordForm> forms = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> entry : spellings.entrySet()) {
      String best = null;
      int bestCount = 0;
      int total = 0;
      for (Map.Entry<String, Integer> spelling : entry.getValue().entrySet()) {
        total += spelling.getValue();
        if (spelling.getValue() > bestCount) {
          best = spelling.getKey();
          bestCount = spelling.getValue();
        }
      }
      if (!best.equals(entry.getKey()) && bestCount >= MIN_OCCURRENCES && bestCount >= MIN_SHARE * total) {
        forms.put(entry.getKey(), WordForm.of(best, bestCount, total));
      }
    }
    return forms;
  }
}
