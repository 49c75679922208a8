package org.planex.eval.score;

import java.text.Normalizer;
import java.util.Locale;
import org.planex.text.AccentFolding;

/**
 * When a predicted value counts as the gold one. Strict: equal after NFC and whitespace collapsing. Relaxed:
 * case, diacritics, whitespace and spacing around punctuation ignored, and a Levenshtein similarity of at least
 * 0.9 accepted — so {@code Phòng Văn hóa - Xã hội} matches {@code Phòng Văn hóa – Xã hội}.
 */
public enum Matching {
  STRICT,
  RELAXED;

  public static final double RELAXED_SIMILARITY = 0.9;

  public boolean same(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    if (this == STRICT) {
      return strictForm(gold).equals(strictForm(predicted));
    }
    String a = relaxedForm(gold);
    String b = relaxedForm(predicted);
    return a.equals(b) || Levenshtein.similarity(a, b) >= RELAXED_SIMILARITY;
  }

  /** How alike two values are in this matching's form, 0 … 1; used to pick the best of several candidates. */
  public double similarity(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null ? 1.0 : 0.0;
    }
    return this == STRICT
        ? Levenshtein.similarity(strictForm(gold), strictForm(predicted))
        : Levenshtein.similarity(relaxedForm(gold), relaxedForm(predicted));
  }

  static String strictForm(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }

  static String relaxedForm(String value) {
    String folded = AccentFolding.fold(Normalizer.normalize(value, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    // Dashes of every width are one dash, and spacing around punctuation is not meaningful.
    folded = folded.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    return folded.replaceAll("\\s*([-/,.;:()])\\s*", "$1").replaceAll("\\s+", " ").trim();
  }
}
