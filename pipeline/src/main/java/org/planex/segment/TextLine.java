package org.planex.segment;

import java.util.ArrayList;
import java.util.List;
import org.planex.text.AccentFolding;

/**
 * One line of the text with its offsets; {@code start} points at its first non-blank character so a section
 * starting on this line starts at its marker, not at its indentation.
 *
 * @param folded {@link #text} without accents, lower case, for keyword tests that must survive stripped or
 *     OCR'd text
 */
record TextLine(int start, int end, String text, String folded) {

  boolean blank() {
    return text.isEmpty();
  }

  /** Splits {@code text} into trimmed lines in one pass (linear in its length). */
  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? length : newline;
      int from = lineStart;
      int to = lineEnd;
      while (from < to && isBlank(text.charAt(from))) {
        from++;
      }
      while (to > from && isBlank(text.charAt(to - 1))) {
        to--;
      }
      String content = text.substring(from, to);
      lines.add(new TextLine(from, to, content, AccentFolding.fold(content).toLowerCase(java.util.Locale.ROOT)));
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return lines;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff';
  }
}
