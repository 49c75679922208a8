package org.planex.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar and the one canonicaliser of Vietnamese document numbers ({@code 76/NQ-CP}, {@code 80/2025/QH15},
 * {@code 57-NQ/TW}, {@code 183/2010/TTLT/BTC-BNN}), with the damage real text does to them repaired: stray spaces,
 * a missing hyphen, a doubled slash, a line break inside the symbol, OCR'd {@code QD}/{@code Qb}/{@code ND}, a typo'd year.
 */
public final class DocumentNumber {

  private DocumentNumber() {}

  /**
   * A number/symbol in accent-folded text (so {@code Đ} reads {@code D}). Group 1 is the serial number. A symbol
   * part is a capital and letters/digits; parts are joined by a hyphen or slash with any spacing (line breaks
   * included), or — the missing-hyphen damage — by one space when the next part is an issuer's code such as
   * {@code UBND} or {@code TTg}. A line break may follow a separator, never precede it (that is a bullet). A code of six or more capitals may carry its digits after a stray space.
   */
  /** One code of a symbol: capitals and digits, at most one trailing small letter ({@code TTg}, {@code CTr}). */
  private static final String PART = "[A-Z][A-Z0-9&]*(?:[a-z](?![A-Za-z]))?";

  /** A symbol typed all in lower case after a year ({@code 127/2018/nđ-cp}): at least two codes, hyphenated. */
  private static final String LOWER_SYMBOL = "(?<=\\d{4}/)[a-z]{2,}(?:-[a-z&]{2,})+(?![\\p{L}\\p{N}])";

  /** Codes that may follow the first one after a space where a hyphen was lost ({@code 08/KH UBND}). */
  private static final String JOINABLE = "(?:UBND|HDND|TTg|CP|TW|TU|DU|BNV|BTC|BTP|BCA|VPCP|VP|UBTVQH\\d*|QH\\d*|BCD[A-Z0-9]*)";

  static final Pattern PATTERN = Pattern.compile(
      "(?<![\\p{L}\\p{N}/.\\-])(\\d{1,5})[ \\t]*(?:/{1,2}|-(?=\\s*[A-Z]))\\s*(?:\\d{4,5}[ \\t]*/{1,2}\\s*)?"
          + "(?:" + LOWER_SYMBOL + "|" + PART + "(?:(?:[ \\t]*[-/]\\s*|_|\\.(?=[A-Z]{2})|[ \\t](?=" + JOINABLE + "(?![\\p{L}\\p{N}])))" + PART + "){0,12})"
          + "(?:(?<=[A-Z]{6})[ \\t]\\d{1,2}(?![\\p{N}/.]))?");

  private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([-/])\\s*");
  private static final Pattern YEAR_PART = Pattern.compile("^(\\d+)/(\\d{5})/");
  private static final Pattern DOUBLE_SLASH = Pattern.compile("/{2,}");
  private static final Pattern LOST_HYPHEN = Pattern.compile("(?<=\\p{L})\\s+(?=\\p{L})");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AROUND_SEPARATOR = Pattern.compile("(?<=[-/])|(?=[-/])");
  private static final Pattern SERIAL = Pattern.compile("^\\d+[-/](\\d{4,5}/)?");
  private static final Pattern YEAR = Pattern.compile("^\\d+/(\\d{4})/");

  /**
   * The canonical form of a number as printed: separators unspaced, slashes single, a space between two codes
   * turned into the missing hyphen, a space before trailing digits dropped, {@code QD}/{@code ND} read as
   * {@code QĐ}/{@code NĐ}. A five-digit year is repaired only when {@code isoDate} (the cited document's date,
   * may be null) says which digit is extra; otherwise it is kept as printed.
   */
  public static String canonical(String printed, String isoDate) {
    String s = DOUBLE_SLASH.matcher(SPACED_SEPARATOR.matcher(printed.strip().replace('_', '-')).replaceAll("$1"))
        .replaceAll("/");
    s = SPACES.matcher(LOST_HYPHEN.matcher(s).replaceAll("-")).replaceAll("");
    StringBuilder out = new StringBuilder();
    for (String part : AROUND_SEPARATOR.split(s)) {
      out.append(switch (part) {
        case "QD", "Qb" -> "QĐ"; // OCR reads Đ as D or b
        case "ND", "Nb" -> "NĐ";
        default -> part;
      });
    }
    s = out.toString().replace('Ð', 'Đ');
    String symbol = symbol(s);
    if (symbol.equals(symbol.toLowerCase(java.util.Locale.ROOT))) {
      // A symbol typed in lower case is the same symbol: symbols are issued in capitals.
      s = s.substring(0, s.length() - symbol.length()) + symbol.toUpperCase(java.util.Locale.ROOT);
    }
    Matcher year = YEAR_PART.matcher(s);
    if (year.find() && isoDate != null && isoDate.length() >= 4) {
      String printedYear = year.group(2);
      String actual = isoDate.substring(0, 4);
      for (int i = 0; i < printedYear.length(); i++) {
        if ((printedYear.substring(0, i) + printedYear.substring(i + 1)).equals(actual)) {
          s = year.group(1) + "/" + actual + s.substring(year.end() - 1);
          break;
        }
      }
    }
    return s;
  }

  /** The symbol of a canonical number: what follows the serial and the year ({@code NQ-CP} of {@code 76/NQ-CP}). */
  static String symbol(String canonical) {
    return SERIAL.matcher(canonical).replaceFirst("");
  }

  /** The year written in the number, or null ({@code 2025} of {@code 154/2025/NĐ-CP}). */
  static String year(String canonical) {
    Matcher m = YEAR.matcher(canonical);
    return m.find() ? m.group(1) : null;
  }
}
