package org.planex.eval.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planex.ingest.encoding.LegacyFontEncoding;

/**
 * How the characters of a document are typed: Unicode in Times New Roman, or the 8-bit text and fonts of
 * pre-Unicode Vietnamese files (VNI-Times, TCVN3 {@code .VnTime}/{@code .VnTimeH}).
 */
public final class FontTyping {

  /** A stretch of text in one font: the characters as stored, and the font that gives them their glyphs. */
  public record Run(String text, String font) {}

  private enum Kind { UNICODE, VNI, TCVN3 }

  static final String TCVN3_FONT = ".VnTime";
  static final String TCVN3_CAPITALS_FONT = ".VnTimeH";

  private final Kind kind;

  private FontTyping(Kind kind) {
    this.kind = kind;
  }

  public static FontTyping unicode() {
    return new FontTyping(Kind.UNICODE);
  }

  /** VNI Windows in the {@code VNI-Times} font: every letter, capitals included, has a code. */
  public static FontTyping vni() {
    return new FontTyping(Kind.VNI);
  }

  /**
   * TCVN3 (ABC) in {@code .VnTime}. TCVN3 has codes for the lower-case letters and only seven capitals
   * (Ă Â Ê Ô Ơ Ư Đ); real files set words with other accented capitals in the capitals font {@code .VnTimeH},
   * whose glyphs for the lower-case codes are capitals. Those words are typed that way here, so such a file,
   * read without its fonts, gives those letters in lower case, just as real ones do.
   */
  public static FontTyping tcvn3() {
    return new FontTyping(Kind.TCVN3);
  }

  /** Whether text typed this way keeps the case of every letter. */
  public boolean keepsCase() {
    return kind != Kind.TCVN3;
  }

  /** The runs that show {@code unicode}. */
  public List<Run> runs(String unicode) {
    return switch (kind) {
      case UNICODE -> List.of(new Run(unicode, "Times New Roman"));
      case VNI -> List.of(new Run(LegacyFontEncoding.VNI.encode(unicode), "VNI-Times"));
      case TCVN3 -> tcvn3Runs(unicode);
    };
  }

  /** The characters alone, for formats without fonts (plain text). */
  public String text(String unicode) {
    StringBuilder out = new StringBuilder();
    for (Run run : runs(unicode)) {
      out.append(run.text());
    }
    return out.toString();
  }

  private static List<Run> tcvn3Runs(String unicode) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String currentFont = null;
    int i = 0;
    while (i < unicode.length()) {
      // A word with the spaces after it: the unit a typist sets in one font or the other.
      int end = i;
      while (end < unicode.length() && !Character.isWhitespace(unicode.charAt(end))) {
        end++;
      }
      while (end < unicode.length() && Character.isWhitespace(unicode.charAt(end))) {
        end++;
      }
      String word = unicode.substring(i, end);
      boolean capitals = needsCapitalsFont(word);
      String font = capitals ? TCVN3_CAPITALS_FONT : TCVN3_FONT;
      String typed = LegacyFontEncoding.TCVN3.encode(capitals ? lowerNonAscii(word) : word);
      if (currentFont != null && !currentFont.equals(font)) {
        runs.add(new Run(current.toString(), currentFont));
        current.setLength(0);
      }
      current.append(typed);
      currentFont = font;
      i = end;
    }
    if (currentFont != null) {
      runs.add(new Run(current.toString(), currentFont));
    }
    return runs;
  }

  /** A word holding a capital that TCVN3 has no code for. */
  private static boolean needsCapitalsFont(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 0x7F && Character.isUpperCase(c)
          && LegacyFontEncoding.TCVN3.encode(String.valueOf(c)).equals(String.valueOf(c))) {
        return true;
      }
    }
    return false;
  }

  /** In the capitals font the letters are typed as their lower-case codes; plain ASCII letters keep their case. */
  private static String lowerNonAscii(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(c > 0x7F ? String.valueOf(c).toLowerCase(Locale.ROOT) : String.valueOf(c));
    }
    return out.toString();
  }
}
