package org.planex.segment;

import java.util.List;

/**
 * Decides whether a numbered line is a title and reads its heading (ANNOTATION.md): Roman parts are always
 * titles, possibly continued in capitals on the next line; other numbered lines are titles when they are a
 * short phrase not running on into the next line; bullets introduce running text.
 */
final class HeadingReader {

  private static final int MAX_TITLE_WORDS = 45;
  private static final int MAX_WRAPS = 2;
  private static final int MAX_LEAD_WORDS = 8;

  private HeadingReader() {}

  /** The heading of the section whose marker starts {@code lines.get(index)}, or null for running text. */
  static String heading(List<TextLine> lines, int index, NumberingStyle.Marker marker, int limit,
      boolean hinted) {
    String content = clean(lines.get(index).text().substring(marker.length()));
    if (marker.style().bullet() || content.isEmpty()) {
      return null;
    }
    if (hinted && marker.style() != NumberingStyle.ROMAN) {
      // The source marked the line as a heading (Markdown #, a heading style): a title whatever its punctuation.
      return stripColon(content.endsWith(".") ? content.substring(0, content.length() - 1) : content);
    }
    TextLine next = nextNonBlank(lines, index + 1, limit);
    if (marker.style() == NumberingStyle.ROMAN) {
      if (next != null && isCapitals(content) && isCapitals(next.text()) && NumberingStyle.find(next.text()) == null
          && !PlanParts.signatureLine(next)) {
        content = content + " " + clean(next.text());
      }
      return stripColon(content);
    }
    boolean numbered = marker.style() == NumberingStyle.ARABIC || marker.style() == NumberingStyle.DECIMAL;
    int colon = content.indexOf(':');
    if (numbered && colon > 0 && colon < content.length() - 1
        && words(content.substring(0, colon)) <= MAX_LEAD_WORDS) {
      return content.substring(0, colon).trim();
    }
    if (content.endsWith(":")) {
      return words(content) <= MAX_TITLE_WORDS ? stripColon(content) : null;
    }
    if (endsClause(content)) {
      return null;
    }
    // A title may wrap: its continuation starts in lower case and the title still ends without punctuation.
    int at = indexOf(lines, next, index + 1, limit);
    int wraps = 0;
    for (; continues(next) && wraps < MAX_WRAPS; wraps++) {
      content = content + " " + clean(next.text());
      next = nextNonBlank(lines, at + 1, limit);
      at = indexOf(lines, next, at + 1, limit);
    }
    if (continues(next) || endsClause(content) || content.endsWith(":") || (wraps > 0 && content.contains(". "))) {
      return null;
    }
    return words(content) <= MAX_TITLE_WORDS ? content : null;
  }

  private static boolean continues(TextLine next) {
    return next != null && NumberingStyle.find(next.text()) == null
        && Character.isLowerCase(PlanParts.firstLetter(next.text()));
  }

  private static boolean endsClause(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ';' || last == ',';
  }

  private static int indexOf(List<TextLine> lines, TextLine line, int from, int limit) {
    for (int i = from; i < limit && line != null; i++) {
      if (lines.get(i) == line) {
        return i;
      }
    }
    return limit;
  }

  private static TextLine nextNonBlank(List<TextLine> lines, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (!lines.get(i).blank()) {
        return lines.get(i);
      }
    }
    return null;
  }

  /** Markdown emphasis survives in some plain-text plans; it is never part of a heading. */
  private static String clean(String text) {
    return text.replace("**", "").replace("__", "").replaceAll("\\s+", " ").trim();
  }

  private static String stripColon(String text) {
    String stripped = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    return stripped.trim();
  }

  static boolean isCapitals(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  private static int words(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
