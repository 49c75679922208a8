package org.planex.diacritics;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of an OCR'd line: {@link LineTokenizer}'s, except that what an OCR engine makes of one syllable is one
 * word again. A short run of letters and digits ({@code S6}, {@code do6i}, {@code x4}) is a garbled syllable, not a
 * symbol; a word glued to a stray sign ({@code K&}, {@code S¢}) is one word with it. Document numbers
 * ({@code 19/KH-UBND}), dates and numbers stay as they are.
 */
final class OcrLineTokenizer {

  /** Signs an OCR engine writes for a marked letter it cannot read. */
  static final String LETTER_SIGNS = "&¢@$£€¥§®©°™";
  /** The shortest word taken as glued to what precedes it. */
  static final int MIN_GLUED = 3;
  /** Letters-and-digits runs longer than this are codes, not syllables. */
  static final int MAX_GARBLED_LENGTH = 7;

  private OcrLineTokenizer() {}

  static List<TextToken> tokenize(CharSequence text, int start, int end) {
    List<TextToken> tokens = LineTokenizer.tokenize(text, start, end);
    List<TextToken> merged = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      TextToken token = tokens.get(i);
      if (token.kind() == TextToken.Kind.SYMBOL && isGarbledSyllable(text, token)) {
        token = new TextToken(TextToken.Kind.WORD, token.start(), token.end());
      }
      int wordStart = token.kind() == TextToken.Kind.SYMBOL ? gluedWordStart(text, token) : -1;
      if (wordStart > 0) {
        merged.add(new TextToken(TextToken.Kind.SYMBOL, token.start(), wordStart));
        token = new TextToken(TextToken.Kind.WORD, wordStart, token.end());
      }
      // A word and the sign glued to it, and more word after the sign: one token.
      while (token.kind() == TextToken.Kind.WORD && i + 1 < tokens.size()) {
        TextToken next = tokens.get(i + 1);
        boolean glued = next.start() == token.end();
        boolean sign = next.kind() == TextToken.Kind.PUNCTUATION && LETTER_SIGNS.indexOf(text.charAt(next.start())) >= 0;
        boolean letters = next.kind() == TextToken.Kind.WORD
            && token.end() > token.start() && LETTER_SIGNS.indexOf(text.charAt(token.end() - 1)) >= 0;
        if (!glued || !(sign || letters)) {
          break;
        }
        token = new TextToken(TextToken.Kind.WORD, token.start(), next.end());
        i++;
      }
      merged.add(token);
    }
    return merged;
  }

  /**
   * Where a word the engine glued to a number or a symbol starts ({@code 27/3/2021cta}, {@code 2324//SKHCN-VPngay}):
   * a run of at least {@link #MIN_GLUED} lower-case letters ending the token, right after a digit or a capital;
   * -1 when there is none. Units ({@code 5km}) are shorter.
   */
  static int gluedWordStart(CharSequence text, TextToken token) {
    int start = token.end();
    while (start > token.start() && Character.isLowerCase(text.charAt(start - 1))) {
      start--;
    }
    if (token.end() - start < MIN_GLUED || start == token.start()) {
      return -1;
    }
    char before = text.charAt(start - 1);
    return Character.isDigit(before) || Character.isUpperCase(before) ? start : -1;
  }

  /** Letters with one or two digits among them, short, with no separator: {@code S6}, {@code cu6i}, {@code 4nh}. */
  static boolean isGarbledSyllable(CharSequence text, TextToken token) {
    if (token.end() - token.start() > MAX_GARBLED_LENGTH) {
      return false;
    }
    int digits = 0;
    int letters = 0;
    for (int i = token.start(); i < token.end(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        letters++;
      } else {
        return false;
      }
    }
    return letters >= 1 && digits >= 1 && digits <= 2;
  }
}
