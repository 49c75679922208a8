package org.planex.ingest.encoding;

import java.util.ArrayList;
import java.util.List;
import org.planex.text.Syllables;

/**
 * Decides whether lines of extracted text are really TCVN3 or VNI font text and converts them.
 *
 * <p>Only tokens holding a Latin-1 letter or symbol (where legacy font text lives) are evidence. An encoding
 * is adopted for the document when decoding turns at least {@value #MIN_GAIN} more tokens into Vietnamese
 * syllables and makes {@value #MIN_SHARE} of those evidence tokens well-formed: real font text decodes almost
 * entirely, while OCR noise or accent-stripped text that happens to contain {@code é} or {@code ó} does not.
 * Each line is then converted only when that makes it read better, so Unicode passages of a mixed document
 * are left alone.
 */
public final class LegacyEncodingDetector {

  static final int MIN_GAIN = 3;
  static final double MIN_SHARE = 0.7;

  /** The outcome: the lines (converted where it helped), the encoding used, and how many lines changed. */
  public record Result(List<String> lines, LegacyFontEncoding encoding, int convertedLines) {}

  /** Counts over the tokens of some text under one decoding. */
  private record Tally(int gain, int evidence, int evidenceValid) {

    Tally plus(Tally o) {
      return new Tally(gain + o.gain, evidence + o.evidence, evidenceValid + o.evidenceValid);
    }

    boolean convincing(int minGain, double minShare) {
      return gain >= minGain && evidence > 0 && evidenceValid >= minShare * evidence;
    }
  }

  public Result repair(List<String> lines) {
    LegacyFontEncoding best = null;
    Tally bestTally = null;
    for (LegacyFontEncoding encoding : LegacyFontEncoding.values()) {
      Tally total = new Tally(0, 0, 0);
      for (String line : lines) {
        if (mayBeLegacy(line)) {
          total = total.plus(tally(line, encoding));
        }
      }
      if (total.convincing(MIN_GAIN, MIN_SHARE) && (bestTally == null || total.gain > bestTally.gain)) {
        best = encoding;
        bestTally = total;
      }
    }
    if (best == null) {
      return new Result(lines, null, 0);
    }
    List<String> out = new ArrayList<>(lines.size());
    int converted = 0;
    for (String line : lines) {
      if (readsBetterDecoded(line, best)) {
        out.add(best.decode(line));
        converted++;
      } else {
        out.add(line);
      }
    }
    return new Result(out, converted == 0 ? null : best, converted);
  }

  /**
   * Once the document is known to be font text, a line is converted when it could be font text (Latin-1
   * characters, none of Unicode Vietnamese's own letters beyond Latin-1) and decoding loses no syllable while
   * making at least half of its evidence tokens well-formed. That lets through lines whose capitals came from
   * an uppercase font ("KINH PHÝ", already a syllable either way) or that carry acronyms ("HĐND").
   */
  private static boolean readsBetterDecoded(String line, LegacyFontEncoding encoding) {
    if (!hasLatin1(line) || hasVietnameseBeyondLatin1(line)) {
      return false;
    }
    Tally tally = tally(line, encoding);
    return tally.gain >= 0 && tally.evidenceValid > 0 && tally.evidenceValid * 2 >= tally.evidence;
  }

  /** Letters such as ă, đ, ơ, ư, ạ, ấ: font text never holds them, so their line is Unicode. */
  private static boolean hasVietnameseBeyondLatin1(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c >= '\u0100' && c <= '\u01B0') || (c >= '\u1EA0' && c <= '\u1EF9')) {
        return true;
      }
    }
    return false;
  }

  private static Tally tally(String line, LegacyFontEncoding encoding) {
    int gain = 0;
    int evidence = 0;
    int evidenceValid = 0;
    for (String token : line.split("\\s+")) {
      String word = trimPunctuation(token);
      if (word.isEmpty() || word.length() > 10) {
        continue;
      }
      String decoded = trimPunctuation(encoding.decode(token));
      boolean before = Syllables.isSyllable(word);
      boolean after = !decoded.isEmpty() && Syllables.isSyllable(decoded);
      gain += (after ? 1 : 0) - (before ? 1 : 0);
      if (hasLatin1(token)) {
        evidence++;
        if (after) {
          evidenceValid++;
        }
      }
    }
    return new Tally(gain, evidence, evidenceValid);
  }

  private static String trimPunctuation(String token) {
    int s = 0;
    int e = token.length();
    while (s < e && !isWordChar(token.charAt(s))) {
      s++;
    }
    while (e > s && !isWordChar(token.charAt(e - 1))) {
      e--;
    }
    return token.substring(s, e);
  }

  /** Letters, and the Latin-1 symbols TCVN3 uses for letters (©, ª, «, ¬, ®, µ, ¶, ·, ¸, ¹ …). */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || (c >= '\u00A1' && c <= '\u00FF');
  }

  // Latin-1 letters that Unicode Vietnamese uses itself; font text shows at least one other (©, µ, ¸, ø, ï …).
  private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

  /** Whether {@code text} holds a Latin-1 character that Unicode Vietnamese never uses: only such text can be font text. */
  static boolean mayBeLegacy(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00A1' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code token} holds any Latin-1 letter or symbol, the characters font text is made of. */
  private static boolean hasLatin1(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '\u00A1' && c <= '\u00FF') {
        return true;
      }
    }
    return false;
  }
}
