package org.planex.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a plan numbers its parts. The depth of a style is not fixed: it is the depth where the style occurs
 * (ANNOTATION.md), so the tree builder nests styles as they come.
 */
enum NumberingStyle {
  // "I1." is how OCR reads "II."; the letter l for I too.
  ROMAN(Pattern.compile("^(I[IVX1l]*|V[I1l]*|X[IVX1l]*)\\.\\s*(?=\\S)")),
  DECIMAL(Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(?=\\S)")),
  ARABIC(Pattern.compile("^(\\d{1,2})[.)]\\s*(?=\\p{L})")),
  LETTER(Pattern.compile("^([a-zđ])\\)\\s*(?=\\S)")),
  DASH(Pattern.compile("^([-–])[\\s\"'’]*(?=\\p{L}|\\d|\")")),
  PLUS(Pattern.compile("^(\\+)\\s*(?=\\S)")),
  BULLET(Pattern.compile("^([•●▪*])\\s*(?=\\S)"));

  private final Pattern pattern;

  NumberingStyle(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The marker at the start of {@code line}, or null when it has none. */
  static Marker find(String line) {
    for (NumberingStyle style : values()) {
      Matcher m = style.pattern.matcher(line);
      if (m.find()) {
        return new Marker(style, style.canonical(m.group(1)), m.end());
      }
    }
    return null;
  }

  private String canonical(String printed) {
    return switch (this) {
      case ROMAN -> printed.replace('1', 'I').replace('l', 'I') + ".";
      case DECIMAL, ARABIC -> printed + ".";
      case LETTER -> printed + ")";
      case DASH -> "-";
      case PLUS -> "+";
      case BULLET -> "•";
    };
  }

  /** Bullets introduce running text; numbered styles may introduce titles. */
  boolean bullet() {
    return this == DASH || this == PLUS || this == BULLET;
  }

  /**
   * A numbering marker found at the start of a line.
   *
   * @param number the marker as printed, OCR confusions corrected ({@code I1.} → {@code II.})
   * @param length characters of the line taken by the marker and the blanks after it
   */
  record Marker(NumberingStyle style, String number, int length) {}
}
