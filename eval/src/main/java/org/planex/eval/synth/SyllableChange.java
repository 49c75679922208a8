package org.planex.eval.synth;

import java.util.List;

/**
 * How much of a text damage touched: the share of true syllables (whitespace tokens) not found unchanged, in
 * order, in the damaged line (a longest common subsequence per line, so a glued or split token costs only itself).
 */
public final class SyllableChange {

  private SyllableChange() {}

  /** Over line-aligned texts. */
  public static double share(List<String> truth, List<String> damaged) {
    long total = 0;
    long kept = 0;
    for (int i = 0; i < truth.size(); i++) {
      String[] t = tokens(truth.get(i));
      String[] d = tokens(i < damaged.size() ? damaged.get(i) : "");
      total += t.length;
      kept += commonSubsequence(t, d);
    }
    return total == 0 ? 0 : 1 - (double) kept / total;
  }

  private static String[] tokens(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
  }

  private static int commonSubsequence(String[] a, String[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (String x : a) {
      for (int j = 1; j <= b.length; j++) {
        current[j] = x.equals(b[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }
}
