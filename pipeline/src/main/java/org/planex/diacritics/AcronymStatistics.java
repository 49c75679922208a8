package org.planex.diacritics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.planex.text.AccentFolding;

/**
 * Finds, in accented training text, the all-capital words that look like a stripped syllable but are acronyms
 * ({@code CA} for công an): written bare in capitals far more often than the same letters are written bare in
 * lower case, where they are syllables. Acronyms that are no syllable ({@code UBND}) need no list: they have no
 * candidates.
 */
final class AcronymStatistics {

  static final int MIN_OCCURRENCES = 20;
  static final double MIN_BARE_SHARE = 0.9;
  /** The capitals must be bare this many times more often than lower case is. */
  static final double MIN_RATIO = 3;

  private final SyllableCandidates candidates;
  private final Map<String, int[]> counts = new HashMap<>();

  AcronymStatistics(SyllableCandidates candidates) {
    this.candidates = candidates;
  }

  /** Records one letter run of training text. */
  void add(String word) {
    if (word.length() < 2) {
      return;
    }
    boolean capitals = SyllableVocabulary.isAcronymShape(word);
    boolean bare = SyllableVocabulary.isAscii(word);
    String stripped = bare ? word.toLowerCase(Locale.ROOT) : AccentFolding.fold(word).toLowerCase(Locale.ROOT);
    if (candidates.of(stripped) == null) {
      return;
    }
    // [capitals bare, capitals marked, lower case bare, lower case marked]
    int[] c = counts.computeIfAbsent(stripped, k -> new int[4]);
    c[(capitals ? 0 : 2) + (bare ? 0 : 1)]++;
  }

  Set<String> acronyms() {
    Set<String> found = new TreeSet<>();
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] c = entry.getValue();
      double capitalsBare = c[0] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
      double lowerBare = c[2] + c[3] == 0 ? 0 : (double) c[2] / (c[2] + c[3]);
      if (c[0] >= MIN_OCCURRENCES && capitalsBare >= MIN_BARE_SHARE && capitalsBare >= MIN_RATIO * lowerBare) {
        found.add(entry.getKey().toUpperCase(Locale.ROOT));
      }
    }
    return found;
  }
}
