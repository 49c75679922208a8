package org.planex.diacritics;

import java.util.List;
import java.util.Locale;

/**
 * Restoration of OCR-damaged text: every word is a noisy reading of a syllable. A word's candidates are the
 * syllables the {@link OcrChannel} could have garbled into it ({@link OcrCandidates}), plus the word as written
 * when it is no syllable (a name, an acronym the model does not know), scored by the channel; the language model
 * decides among them over the line. Unlike restoring stripped text this changes lengths ({@code ctia} → {@code
 * của}), so the result is a list of replacements with their offsets in the input.
 */
final class OcrRestorer {

  /**
   * What keeping a word that is no syllable costs (log10), on top of reading it letter for letter: about what
   * the channel charges for an unseen confusion, so a garbled word is kept only when no syllable fits at all.
   */
  static final float KEEP_PENALTY = -5f;

  private final DiacriticsModel model;
  private final OcrCandidates candidates;

  OcrRestorer(DiacriticsModel model) {
    this.model = model;
    this.candidates = new OcrCandidates(model, model.ocrChannel());
  }

  /** A line's words, their candidates and emissions, ready to decode. */
  record Plan(List<TextToken> tokens, CandidateLattice lattice, boolean[] open, int openCount) {}

  Plan plan(String text, List<TextToken> tokens, OcrDocumentMemory memory) {
    int n = tokens.size();
    int[][] words = new int[n][];
    float[][] emissions = new float[n][];
    boolean[] open = new boolean[n];
    boolean[] starts = CapitalizationModel.sentenceStarts(text, tokens);
    int openCount = 0;
    for (int i = 0; i < n; i++) {
      TextToken token = tokens.get(i);
      int asWritten = model.vocabulary().idOf(text, token);
      words[i] = new int[] {asWritten};
      if (token.kind() != TextToken.Kind.WORD) {
        continue;
      }
      String written = token.text(text);
      String lower = written.toLowerCase(Locale.ROOT);
      boolean ownWord = asWritten >= model.vocabulary().syllableEnd();
      boolean acronym = SyllableVocabulary.isAcronymShape(written) && model.candidates().of(lower) == null;
      if (model.acronyms().contains(written) || acronym && (ownWord || model.wordForms().containsKey(lower))) {
        continue; // an acronym the model knows (UBND, CCHC) or knows how to write (HDND → HĐND)
      }
      OcrCandidates.Scored scored = candidates.of(lower);
      if (scored.ids().length == 0) {
        continue;
      }
      boolean keep = asWritten < model.vocabulary().firstSyllable() || ownWord;
      int k = scored.ids().length + (keep ? 1 : 0);
      words[i] = new int[k];
      emissions[i] = new float[k];
      int letterCase = caseOf(written);
      for (int c = 0; c < scored.ids().length; c++) {
        words[i][c] = scored.ids()[c];
        emissions[i][c] = scored.channel()[c] + model.capitalization().score(scored.ids()[c], starts[i], letterCase);
      }
      if (keep) {
        words[i][k - 1] = asWritten;
        emissions[i][k - 1] = asWritten(lower) + KEEP_PENALTY;
      }
      float[] bonuses = memory == null ? null : memory.bonuses(lower, words[i]);
      for (int c = 0; bonuses != null && c < k; c++) {
        emissions[i][c] += bonuses[c];
      }
      open[i] = true;
      openCount++;
    }
    return new Plan(tokens, new CandidateLattice(words, emissions), open, openCount);
  }

  /** Remembers the reading chosen at open position {@code i}, for the document's second pass. */
  void remember(String text, Plan plan, Decoding decoding, int i, OcrDocumentMemory memory) {
    memory.record(plan.tokens().get(i).text(text).toLowerCase(Locale.ROOT),
        plan.lattice().at(i)[decoding.choices()[i]], decoding.margins()[i]);
  }

  /** The change the decoding chose at open position {@code i}: none when the word stays as written. */
  List<RestoredToken> replacement(String text, Plan plan, Decoding decoding, int i) {
    int id = plan.lattice().at(i)[decoding.choices()[i]];
    if (id < model.vocabulary().firstSyllable() || id >= model.vocabulary().syllableEnd()) {
      return List.of();
    }
    TextToken token = plan.tokens().get(i);
    String written = token.text(text);
    String restored = withCase(model.vocabulary().word(id), caseOf(written));
    if (restored.equals(written)) {
      return List.of();
    }
    // A word the engine glued to the number or symbol before it gets its space back.
    boolean glued = token.start() > 0 && Character.isLetterOrDigit(text.charAt(token.start() - 1));
    return List.of(new RestoredToken(token.start(), token.end(), written, (glued ? " " : "") + restored,
        decoding.margins()[i]));
  }

  /** log10 P(the word read as exactly itself). */
  private float asWritten(String lower) {
    float score = 0;
    for (int i = 0; i < lower.length(); i++) {
      score += model.ocrChannel().logProb(lower.charAt(i), String.valueOf(lower.charAt(i)));
    }
    return score;
  }

  /** The case of an OCR'd word from its letters alone ({@code S6} is capitalised, {@code HOQI} all capitals). */
  static int caseOf(String written) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    if (letters == 0 || !Character.isUpperCase(written.charAt(0))) {
      return CapitalizationModel.LOWER;
    }
    return letters >= 2 && upper == letters ? CapitalizationModel.CAPITALS : CapitalizationModel.CAPITALIZED;
  }

  static String withCase(String syllable, int letterCase) {
    return switch (letterCase) {
      case CapitalizationModel.CAPITALS -> syllable.toUpperCase(Locale.ROOT);
      case CapitalizationModel.CAPITALIZED -> Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
      default -> syllable;
    };
  }
}
