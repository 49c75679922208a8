package org.planex.ingest.rtf;

import java.util.HashMap;
import java.util.Map;

/**
 * The code page of each font in {@code \fonttbl}, from its {@code \fcharsetN} or {@code \cpgN}: the bytes of text
 * set in a font are in that font's code page, whatever the document's {@code \ansicpg} says.
 */
final class RtfFontTable {

  private final Map<Integer, Integer> codePages = new HashMap<>();
  private int defining = -1;

  /** {@code \fN} inside the font table: the font whose properties follow. */
  void define(int font) {
    defining = font;
  }

  void charset(int charset) {
    int codePage = RtfCodePages.codePageOfCharset(charset);
    if (defining >= 0 && codePage > 0) {
      codePages.putIfAbsent(defining, codePage);
    }
  }

  /** {@code \cpgN} names the code page outright and wins over the character set. */
  void codePage(int codePage) {
    if (defining >= 0 && codePage > 0) {
      codePages.put(defining, codePage);
    }
  }

  /** The code page of {@code font}, or -1 when the font does not name one. */
  int codePageOf(int font) {
    return codePages.getOrDefault(font, -1);
  }
}
