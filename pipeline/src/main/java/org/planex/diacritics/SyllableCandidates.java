package org.planex.diacritics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.planex.text.AccentFolding;

/**
 * For each stripped syllable ({@code cong}), every syllable of the inventory that strips to it ({@code cong,
 * còng, cóng, công, cõng, cọng, cỏng, cống, cồng, cổng, cỗng, cộng}), as vocabulary ids.
 *
 * <p>Syllables the training data never saw all score the same in every context and are never a context
 * themselves, so one of them stands for all: keeping the others could only add ties. The one kept is the
 * stripped form itself when it is among them (so an unknown word is left as written), else the first in
 * inventory order.
 */
public final class SyllableCandidates {

  private final Map<String, int[]> byStrippedForm;

  /** Candidates under a language model: the syllables it saw, and one that stands for those it did not. */
  public SyllableCandidates(SyllableVocabulary vocabulary, NgramLanguageModel model) {
    this(vocabulary, model::seen, model::unigramProb);
  }

  /** Every syllable of the inventory, as training needs them before any model exists. */
  static SyllableCandidates all(SyllableVocabulary vocabulary) {
    return new SyllableCandidates(vocabulary, id -> true, id -> 0);
  }

  private SyllableCandidates(SyllableVocabulary vocabulary, IntPredicate seenByModel, IntToDoubleFunction prob) {
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int id = vocabulary.firstSyllable(); id < vocabulary.syllableEnd(); id++) {
      groups.computeIfAbsent(AccentFolding.fold(vocabulary.word(id)), k -> new ArrayList<>()).add(id);
    }
    Map<String, int[]> map = new HashMap<>(groups.size() * 2);
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
      List<Integer> seen = new ArrayList<>();
      Integer unseen = null;
      for (int id : group.getValue()) {
        if (seenByModel.test(id)) {
          seen.add(id);
        } else if (unseen == null || vocabulary.word(id).equals(group.getKey())) {
          unseen = id;
        }
      }
      // Most probable first: the order does not change the decoding, but reads well when debugging.
      seen.sort(Comparator.comparingDouble(id -> -prob.applyAsDouble(id)));
      if (unseen != null) {
        seen.add(unseen);
      }
      map.put(group.getKey(), seen.stream().mapToInt(Integer::intValue).toArray());
    }
    this.byStrippedForm = Map.copyOf(map);
  }

  /** The candidates of a lower-case ASCII syllable, or null when no syllable strips to it. */
  public int[] of(String stripped) {
    return byStrippedForm.get(stripped);
  }

  /** Every stripped form that has candidates. */
  public java.util.Set<String> strippedForms() {
    return byStrippedForm.keySet();
  }

  /** How many stripped forms have candidates. */
  public int forms() {
    return byStrippedForm.size();
  }

  /** Candidates per stripped form, averaged, for the model's description. */
  public double averageCandidates() {
    return byStrippedForm.values().stream().mapToInt(a -> a.length).average().orElse(0);
  }
}
