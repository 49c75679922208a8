package org.planex.diacritics;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planex.text.Words;

/**
 * Decides what restoration may touch. Only ASCII letter runs that strip-match a syllable are ever open; and
 * of those, not the ones in:
 *
 * <ul>
 *   <li>a line that already has its diacritics: the share of marked syllables among the line's syllables,
 *       drawn towards the document's share for short lines, is at least one half. Already-correct text then
 *       passes through untouched, while a stripped line, or an OCR'd one with a few stray marks, is restored;
 *   <li>a run of words where foreign words (not syllables) are at least half and at least two
 *       ({@code Do you have}, {@code PAR INDEX});
 *   <li>the acronyms found in training text ({@link DiacriticsModel#acronyms()}).
 * </ul>
 *
 * <p>A token with marks, a number, a symbol, punctuation, or a word that is no syllable is kept as written,
 * but still gives the language model its context.
 */
final class SpanPolicy {

  /** A line is taken as already accented when at least this share of its syllables carry marks. */
  static final double ACCENTED_SHARE = 0.5;
  /** How many syllables' worth of weight the document's share has in a line's. */
  static final double DOCUMENT_WEIGHT = 4;

  private final DiacriticsModel model;

  SpanPolicy(DiacriticsModel model) {
    this.model = model;
  }

  /** Share of a text's syllables that carry marks (0 when it has none), the prior for its short lines. */
  double markedShare(CharSequence text) {
    long marked = 0;
    long bare = 0;
    for (Words.Word word : Words.of(text)) {
      if (!SyllableVocabulary.isAscii(word.text())) {
        marked++;
      } else if (model.candidates().of(word.text().toLowerCase(Locale.ROOT)) != null) {
        bare++;
      }
    }
    return marked + bare == 0 ? 0 : (double) marked / (marked + bare);
  }

  /** The lattice of one line's tokens and which positions restoration may change. */
  LinePlan plan(CharSequence text, List<TextToken> tokens, double documentShare, DocumentCache cache) {
    int n = tokens.size();
    int[] asWritten = new int[n];
    int[][] candidates = new int[n][];
    boolean[] open = new boolean[n];
    boolean[] foreign = new boolean[n];
    int marked = 0;
    int bare = 0;
    for (int i = 0; i < n; i++) {
      TextToken token = tokens.get(i);
      if (token.kind() != TextToken.Kind.WORD) {
        asWritten[i] = model.vocabulary().idOf(text, token);
        continue;
      }
      String word = token.text(text);
      asWritten[i] = model.vocabulary().wordId(word);
      if (!SyllableVocabulary.isAscii(word)) {
        marked++;
        continue;
      }
      candidates[i] = model.candidates().of(word.toLowerCase(Locale.ROOT));
      if (candidates[i] == null) {
        candidates[i] = acronymReadings(word);
        open[i] = candidates[i] != null;
        // Acronyms (UBND) are at home in Vietnamese text; only words like Fanpage or have speak for English.
        foreign[i] = !SyllableVocabulary.isAcronymShape(word);
      } else if (!model.acronyms().contains(word)) {
        bare++;
        open[i] = true;
      }
    }
    double share = (marked + DOCUMENT_WEIGHT * documentShare) / (marked + bare + DOCUMENT_WEIGHT);
    boolean stripped = share < ACCENTED_SHARE;
    if (stripped) {
      closeForeignRuns(tokens, foreign, open);
      readRestoredForms(text, tokens, candidates, asWritten);
    } else {
      Arrays.fill(open, false);
    }
    int[][] words = new int[n][];
    float[][] emissions = new float[n][];
    boolean[] starts = CapitalizationModel.sentenceStarts(text, tokens);
    for (int i = 0; i < n; i++) {
      words[i] = open[i] ? candidates[i] : new int[] {asWritten[i]};
      if (open[i]) {
        emissions[i] = caseScores(text, tokens.get(i), starts[i], candidates[i]);
        float[] bonuses = cache.bonuses(candidates[i]);
        for (int c = 0; bonuses != null && c < bonuses.length; c++) {
          emissions[i][c] += bonuses[c];
        }
      }
    }
    return new LinePlan(tokens, new CandidateLattice(words, emissions), open, stripped);
  }

  /**
   * The ways a stripped acronym may have been written, when the model knows more than one as a word of its own:
   * {@code CD} is {@code CĐ} (cao đẳng) after {@code Trường} and {@code CD} after {@code đĩa}, which the language
   * model tells apart. As written first; null when there is nothing to choose or training text settled it.
   */
  private int[] acronymReadings(String word) {
    int ds = 0;
    for (int i = 0; i < word.length(); i++) {
      ds += word.charAt(i) == 'D' ? 1 : 0;
    }
    if (ds == 0 || ds > 3 || !SyllableVocabulary.isAcronymShape(word) || !SyllableVocabulary.isAscii(word)
        || model.acronyms().contains(word) || model.wordForms().containsKey(word.toLowerCase(Locale.ROOT))) {
      return null; // kept, or written as training text settled it (HDND → HĐND)
    }
    Set<Integer> ids = new LinkedHashSet<>();
    ids.add(model.vocabulary().wordId(word));
    boolean known = false;
    for (int mask = 1; mask < 1 << ds; mask++) {
      char[] chars = word.toCharArray();
      for (int i = 0, d = 0; i < chars.length; i++) {
        if (chars[i] == 'D' && (mask & 1 << d++) != 0) {
          chars[i] = 'Đ';
        }
      }
      int id = model.vocabulary().wordId(new String(chars));
      if (id >= model.vocabulary().syllableEnd()) {
        known |= ids.add(id);
      }
    }
    return known ? ids.stream().mapToInt(Integer::intValue).toArray() : null;
  }

  /** In a stripped line, {@code HDND} is read as the {@code HĐND} it will be restored to. */
  private void readRestoredForms(CharSequence text, List<TextToken> tokens, int[][] candidates, int[] ids) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != TextToken.Kind.WORD || candidates[i] != null) {
        continue;
      }
      String word = tokens.get(i).text(text);
      WordForm form = model.wordForms().get(word.toLowerCase(Locale.ROOT));
      if (form != null && form.written().length() == word.length()) {
        ids[i] = model.vocabulary().wordId(DiacriticRestorer.withCaseOf(word, form.written()));
      }
    }
  }

  /** What the token's case says about each candidate (see {@link CapitalizationModel}). */
  private float[] caseScores(CharSequence text, TextToken token, boolean start, int[] candidates) {
    int letterCase = CapitalizationModel.caseOf(text, token);
    float[] scores = new float[candidates.length];
    for (int c = 0; c < candidates.length; c++) {
      scores[c] = model.capitalization().score(candidates[c], start, letterCase);
    }
    return scores;
  }

  /** Closes every run of adjacent words in which foreign words are at least two and at least half. */
  private static void closeForeignRuns(List<TextToken> tokens, boolean[] foreign, boolean[] open) {
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i).kind() != TextToken.Kind.WORD) {
        i++;
        continue;
      }
      int end = i;
      int foreignCount = 0;
      while (end < tokens.size() && tokens.get(end).kind() == TextToken.Kind.WORD) {
        foreignCount += foreign[end] ? 1 : 0;
        end++;
      }
      if (foreignCount >= 2 && 2 * foreignCount >= end - i) {
        Arrays.fill(open, i, end, false);
      }
      i = end;
    }
  }
}
