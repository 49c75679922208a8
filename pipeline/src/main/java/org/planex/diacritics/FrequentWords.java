package org.planex.diacritics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass of training: counts the letter runs of training text that are no syllable (acronyms such as
 * {@code UBND} or {@code HĐND}, words such as {@code internet}), so that the frequent ones get their own word
 * in the vocabulary instead of sharing one class with all the others.
 */
public final class FrequentWords {

  private final SyllableVocabulary syllables = SyllableVocabulary.standard();
  private final Map<String, Integer> counts = new HashMap<>();

  public void add(String line) {
    String text = DiacriticsTrainer.normalize(line);
    for (TextToken token : LineTokenizer.tokenize(text)) {
      if (token.kind() == TextToken.Kind.WORD) {
        String word = token.text(text);
        if (syllables.wordId(word) < syllables.firstSyllable()) {
          counts.merge(SyllableVocabulary.wordKey(word), 1, Integer::sum);
        }
      }
    }
  }

  /** The {@code max} most frequent words seen at least {@code minCount} times. */
  public List<String> top(int minCount, int max) {
    return counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(Map.Entry::getKey).toList();
  }
}
