package org.planex.index;

import java.util.Locale;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * The lookup form of a document number: the canonical number the extract stage wrote ({@code 76/NQ-CP}) and
 * whatever a user types for it ({@code 76 / nq-cp}, {@code 76/NQCP}, {@code 76/NĐ-CP} or {@code 76/ND-CP})
 * reduce to the same letters and digits ({@code 76NQCP}). The index matches numbers on this key; it does not re-derive the
 * canonical number, which stays the extract stage's job.
 */
final class NumberKey {

  /**
   * A number/symbol inside a query: digits, a slash or hyphen, a letter-led symbol; spaces around a later
   * separator only before capitals, so {@code 76/NQ-CP - tuyên truyền} stops at the symbol.
   */
  static final Pattern IN_QUERY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\d{1,5}\\s*[/-]\\s*(?:\\d{4}\\s*/\\s*)?\\p{L}[\\p{L}\\p{N}]*"
          + "(?:[-/.][\\p{L}\\p{N}]+|\\s*[-/]\\s*[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}]*)*");

  private static final Pattern NOT_KEY = Pattern.compile("[^A-Z0-9]");

  private NumberKey() {}

  static String of(String number) {
    return NOT_KEY.matcher(AccentFolding.fold(number).toUpperCase(Locale.ROOT)).replaceAll("");
  }
}
