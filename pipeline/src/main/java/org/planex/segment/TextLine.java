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
    int mark = nextMark(text, 0); // the next "./. " at or after the current line: each found once, so linear
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
      int indent = from - lineStart;
      if (mark < from) {
        mark = nextMark(text, from);
      }
      // The end-of-text mark "./." closes the body: what a converter ran onto its line ("./. Nơi nhận:") is
      // another part, on a line of its own.
      while (mark < to - 4) {
        int next = mark + 4;
        while (next < to && isBlank(text.charAt(next))) {
          next++;
        }
        lines.add(line(text, from, mark + 3, indent));
        from = next;
        indent = 0;
        mark = nextMark(text, from);
      }
      lines.add(line(text, from, to, indent));
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return lines;
  }

  private static int nextMark(String text, int from) {
    int at = text.indexOf("./. ", from);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  private static TextLine line(String text, int from, int to, int indent) {
    String content = text.substring(from, to);
    return new TextLine(from, to, content, AccentFolding.fold(content).toLowerCase(java.util.Locale.ROOT), indent);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff';
  }
}
