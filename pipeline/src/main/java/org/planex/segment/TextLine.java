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
record TextLine(int start, int end, String text, String folded, int indent) {

  /** Lines indented this far belong to a right-hand column (the signature beside "Nơi nhận"). */
  static final int RIGHT_COLUMN = 20;

  /** The right-hand cell of two columns printed side by side, or null when the line has one column. */
  String rightCell() {
    java.util.regex.Matcher gap = java.util.regex.Pattern.compile("\\s{3,}").matcher(text);
    return gap.find() ? text.substring(gap.end()) : indent >= RIGHT_COLUMN ? text : null;
  }

  /** The same line reduced to its right-hand cell (offsets kept consistent). */
  TextLine right() {
    String cell = rightCell();
    if (cell == null || cell == text) {
      return this;
    }
    int at = start + text.length() - cell.length();
    return new TextLine(at, end, cell, AccentFolding.fold(cell).toLowerCase(java.util.Locale.ROOT), indent);
  }

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
      lines.add(new TextLine(from, to, content, AccentFolding.fold(content).toLowerCase(java.util.Locale.ROOT),
          from - lineStart));
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
