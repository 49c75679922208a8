package org.planex.eval.synth;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.planex.text.AccentFolding;

/**
 * Aligns a damaged line with its true reading character by character (edit distance, where swapping a letter for
 * the same letter with other marks costs less than any other change) and says, for each true character, what the
 * damaged line has in its place.
 */
final class LineAlignment {

  private static final int SAME_BASE = 1;
  private static final int OTHER = 2;

  private LineAlignment() {}

  /**
   * One entry per code point of {@code truth}: the characters standing for it in {@code damaged} (none when it was
   * dropped, several when it was split or followed by stray marks). Marks before the first character go with it.
   */
  static List<String> outputs(String truth, String damaged) {
    int[] t = Normalizer.normalize(truth, Normalizer.Form.NFC).codePoints().toArray();
    int[] d = Normalizer.normalize(damaged, Normalizer.Form.NFC).codePoints().toArray();
    int[][] cost = new int[t.length + 1][d.length + 1];
    for (int i = 0; i <= t.length; i++) {
      cost[i][0] = i * OTHER;
    }
    for (int j = 0; j <= d.length; j++) {
      cost[0][j] = j * OTHER;
    }
    for (int i = 1; i <= t.length; i++) {
      for (int j = 1; j <= d.length; j++) {
        int diagonal = cost[i - 1][j - 1] + substitution(t[i - 1], d[j - 1]);
        cost[i][j] = Math.min(diagonal, Math.min(cost[i - 1][j], cost[i][j - 1]) + OTHER);
      }
    }
    StringBuilder[] out = new StringBuilder[t.length];
    for (int i = 0; i < t.length; i++) {
      out[i] = new StringBuilder();
    }
    int i = t.length;
    int j = d.length;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + substitution(t[i - 1], d[j - 1])) {
        out[i - 1].insert(0, Character.toChars(d[j - 1]));
        i--;
        j--;
      } else if (i > 0 && cost[i][j] == cost[i - 1][j] + OTHER) {
        i--; // dropped
      } else {
        // An extra character: it follows the true character before it (or precedes the first one). Walking
        // backwards, prepending keeps the order, as that character's own match is prepended later.
        if (t.length > 0) {
          out[Math.max(0, i - 1)].insert(0, Character.toChars(d[j - 1]));
        }
        j--;
      }
    }
    List<String> outputs = new ArrayList<>(t.length);
    for (StringBuilder o : out) {
      outputs.add(o.toString());
    }
    return outputs;
  }

  private static int substitution(int a, int b) {
    if (a == b) {
      return 0;
    }
    String foldedA = AccentFolding.fold(new String(Character.toChars(a))).toLowerCase();
    String foldedB = AccentFolding.fold(new String(Character.toChars(b))).toLowerCase();
    return foldedA.equals(foldedB) ? SAME_BASE : OTHER;
  }
}
