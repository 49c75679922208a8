package org.planex.eval.score;

import java.util.List;
import org.planex.text.Words;

/**
 * How many syllables of a gold text a restored text gets right: syllables are letter runs, and the right ones
 * are those of a longest common subsequence of the two syllable sequences, so a syllable inserted or lost by
 * the restorer costs only itself. Case counts ({@code CỘNG HÒA} must stay upper case).
 */
public final class SyllableAccuracy {

  /** {@code correct} of {@code total} gold syllables. */
  public record Tally(long correct, long total) {

    public static final Tally ZERO = new Tally(0, 0);

    public Tally plus(Tally other) {
      return new Tally(correct + other.correct, total + other.total);
    }

    public double accuracy() {
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  private SyllableAccuracy() {}

  public static Tally compare(String gold, String restored) {
    List<String> expected = Words.of(gold).stream().map(Words.Word::text).toList();
    List<String> actual = Words.of(restored).stream().map(Words.Word::text).toList();
    return new Tally(commonSubsequence(expected, actual), expected.size());
  }

  /**
   * Line by line when both texts have the same number of lines (linear in practice), else as a whole.
   */
  public static Tally compareLines(String gold, String restored) {
    String[] expected = gold.split("\n", -1);
    String[] actual = restored.split("\n", -1);
    if (expected.length != actual.length) {
      return compare(gold, restored);
    }
    Tally tally = Tally.ZERO;
    for (int i = 0; i < expected.length; i++) {
      tally = tally.plus(compare(expected[i], actual[i]));
    }
    return tally;
  }

  static int commonSubsequence(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = a.get(i - 1).equals(b.get(j - 1))
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }
}
