package org.planex.diacritics;

import java.util.List;
import java.util.Locale;

/**
 * Whether a text reads like Vietnamese OCR'd by an engine that does not know the language: many of its words are
 * no syllable with the marks they carry ({@code Tién}, {@code nudc}, {@code ctia}) or are letters mixed with digits
 * and signs ({@code S6}, {@code K&}). Correct or merely stripped text has almost none (a foreign name, a typo), so a
 * share well above that switches restoration to the OCR channel for the whole document.
 */
final class OcrDamage {

  /** Share of damaged words above which a text is taken as OCR-damaged. */
  static final double DAMAGED_SHARE = 0.06;
  /** Texts with fewer words than this are judged on at least this many (a short clean line is no evidence). */
  static final int MIN_WORDS = 30;

  private final DiacriticsModel model;

  OcrDamage(DiacriticsModel model) {
    this.model = model;
  }

  /** The share of damaged words among a text's words. */
  double damagedShare(String text) {
    long words = 0;
    long damaged = 0;
    for (LineSpan line : LineSpan.of(text)) {
      List<TextToken> tokens = OcrLineTokenizer.tokenize(text, line.start(), line.end());
      for (TextToken token : tokens) {
        if (token.kind() == TextToken.Kind.WORD) {
          words++;
          damaged += isDamagedWord(token.text(text)) ? 1 : 0;
        }
      }
    }
    return (double) damaged / Math.max(words, MIN_WORDS);
  }

  /** Whether the text as a whole is OCR-damaged. */
  boolean appliesTo(String text) {
    return damagedShare(text) >= DAMAGED_SHARE;
  }

  /** A word that no correct Vietnamese text would write: marks on no syllable, digits or signs inside, … */
  private boolean isDamagedWord(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (!Character.isLetter(lower.charAt(i)) && Character.getType(lower.charAt(i)) != Character.NON_SPACING_MARK) {
        return true;
      }
    }
    if (SyllableVocabulary.isAscii(lower)) {
      // Bare letters: damaged when no syllable strips to them and they are no acronym or known word.
      return model.candidates().of(lower) == null && !SyllableVocabulary.isAcronymShape(written)
          && model.vocabulary().wordId(written) == SyllableVocabulary.FOREIGN_WORD;
    }
    return model.vocabulary().wordId(written) == SyllableVocabulary.FOREIGN_WORD
        || model.vocabulary().wordId(written) == SyllableVocabulary.ACRONYM;
  }
}
