package org.planex.diacritics;

/**
 * One token of a line: {@code text[start, end)}.
 *
 * @param kind a letter run (a syllable, an acronym, a foreign word), a number, a symbol kept whole (a document
 *     number such as {@code 76/NQ-CP}), an address (URL, e-mail, domain) or one punctuation character
 */
public record TextToken(Kind kind, int start, int end) {

  /** What a token is, which decides how the language model sees it. */
  public enum Kind { WORD, NUMBER, SYMBOL, ADDRESS, PUNCTUATION }

  public String text(CharSequence line) {
    return line.subSequence(start, end).toString();
  }
}
