package org.planex.diacritics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planex.text.Words;

/**
 * Splits a line into the tokens the language model reads, the same way for training text and for text to
 * restore: whitespace separates chunks; a chunk with a digit is a number ({@code 15/7/2021}) or, with letters
 * too, a symbol ({@code 76/NQ-CP}); addresses (URLs, e-mail, domains) are symbols; every other chunk is its
 * letter runs ({@link Words}, the project's one syllable splitter) with the punctuation around and between
 * them, so {@code kinh tế-xã hội} keeps its four syllables.
 */
public final class LineTokenizer {

  private static final Set<String> DOMAINS = Set.of("vn", "com", "net", "org", "gov", "edu", "info", "int", "io");

  private LineTokenizer() {}

  public static List<TextToken> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /** The tokens of {@code text[from, to)}, offsets into {@code text}. */
  public static List<TextToken> tokenize(CharSequence text, int from, int to) {
    List<TextToken> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (isSeparator(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && !isSeparator(text.charAt(end))) {
        end++;
      }
      chunk(text, i, end, tokens);
      i = end;
    }
    return tokens;
  }

  /** Whitespace, no-break spaces and control characters all separate chunks. */
  static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  private static void chunk(CharSequence text, int start, int end, List<TextToken> tokens) {
    int coreStart = start;
    while (coreStart < end && !Character.isLetterOrDigit(text.charAt(coreStart))) {
      tokens.add(new TextToken(TextToken.Kind.PUNCTUATION, coreStart, coreStart + 1));
      coreStart++;
    }
    int coreEnd = end;
    while (coreEnd > coreStart && !isWordEnd(text.charAt(coreEnd - 1))) {
      coreEnd--;
    }
    if (coreStart < coreEnd && isAddress(text, coreStart, coreEnd)) {
      tokens.add(new TextToken(TextToken.Kind.ADDRESS, coreStart, coreEnd));
    } else if (coreStart < coreEnd) {
      core(text, coreStart, coreEnd, tokens);
    }
    for (int i = coreEnd; i < end; i++) {
      tokens.add(new TextToken(TextToken.Kind.PUNCTUATION, i, i + 1));
    }
  }

  private static boolean isWordEnd(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static void core(CharSequence text, int start, int end, List<TextToken> tokens) {
    boolean digit = false;
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
    }
    if (digit) {
      tokens.add(new TextToken(letter ? TextToken.Kind.SYMBOL : TextToken.Kind.NUMBER, start, end));
      return;
    }
    int at = start;
    for (Words.Word word : Words.of(text.subSequence(start, end))) {
      for (int i = at; i < start + word.start(); i++) {
        tokens.add(new TextToken(TextToken.Kind.PUNCTUATION, i, i + 1));
      }
      tokens.add(new TextToken(TextToken.Kind.WORD, start + word.start(), start + word.end()));
      at = start + word.end();
    }
    for (int i = at; i < end; i++) {
      tokens.add(new TextToken(TextToken.Kind.PUNCTUATION, i, i + 1));
    }
  }

  /** URLs, e-mail addresses and domain names ({@code dichvucong.gov.vn}) stay whole and untouched. */
  private static boolean isAddress(CharSequence text, int start, int end) {
    // Read in place: every chunk of every line comes here, and few are addresses.
    if (startsWithWww(text, start, end)) {
      return true;
    }
    int dot = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '@' || (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/')) {
        return true;
      }
      dot = c == '.' ? i : dot;
    }
    if (dot <= start || !Character.isLetterOrDigit(text.charAt(dot - 1))) {
      return false;
    }
    int tldEnd = dot + 1;
    while (tldEnd < end && Character.isLetter(text.charAt(tldEnd))) {
      tldEnd++;
    }
    return DOMAINS.contains(text.subSequence(dot + 1, tldEnd).toString())
        && (tldEnd == end || !Character.isLetterOrDigit(text.charAt(tldEnd)));
  }

  /** {@code www.} in any case: only {@code W} lower-cases to {@code w}. */
  private static boolean startsWithWww(CharSequence text, int start, int end) {
    if (end - start < 4 || text.charAt(start + 3) != '.') {
      return false;
    }
    for (int i = start; i < start + 3; i++) {
      if (text.charAt(i) != 'w' && text.charAt(i) != 'W') {
        return false;
      }
    }
    return true;
  }
}
