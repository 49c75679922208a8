package org.planex.eval.score;

/** Edit distance between strings, and the similarity {@code 1 - distance / longer length} built on it. */
public final class Levenshtein {

  private Levenshtein() {}

  public static int distance(CharSequence a, CharSequence b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
  public static double similarity(CharSequence a, CharSequence b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longer;
  }
}
