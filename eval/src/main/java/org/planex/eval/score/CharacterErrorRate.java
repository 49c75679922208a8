package org.planex.eval.score;

import java.text.Normalizer;

/**
 * Character error rate: the edit distance (insertions, deletions, substitutions) from the true text to the
 * read text over the true text's length, both in NFC with every run of whitespace as one space, so line breaks
 * and paragraph joins do not count but reading order does.
 *
 * @param errors edits needed
 * @param length characters of the true text
 */
public record CharacterErrorRate(long errors, long length) {

  public static final CharacterErrorRate ZERO = new CharacterErrorRate(0, 0);

  public static CharacterErrorRate of(String truth, String read) {
    String a = normalise(truth);
    String b = normalise(read);
    return new CharacterErrorRate(Levenshtein.distance(a, b), a.length());
  }

  public CharacterErrorRate plus(CharacterErrorRate other) {
    return new CharacterErrorRate(errors + other.errors, length + other.length);
  }

  public double rate() {
    return length == 0 ? 0 : (double) errors / length;
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}
