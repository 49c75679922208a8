package org.planex.eval.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matching of gold items to predicted items, best pairs first: every pair whose similarity is
 * positive is a candidate; the most similar pair is taken, both sides leave the pool, and so on. Greedy is
 * enough here because real conflicts (two gold items competing for one prediction) are rare and small.
 */
public final class SetMatcher {

  /** Matched pairs by index, and what is left on each side. */
  public record Result(List<int[]> pairs, List<Integer> unmatchedGold, List<Integer> unmatchedPredicted) {

    public Counts counts() {
      return new Counts(pairs.size(), unmatchedPredicted.size(), unmatchedGold.size());
    }
  }

  private SetMatcher() {}

  /** {@code similarity} returns a value in (0, 1] for a possible match and 0 or less for none. */
  public static <G, P> Result match(List<G> gold, List<P> predicted, ToDoubleBiFunction<G, P> similarity) {
    record Candidate(int gold, int predicted, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double score = similarity.applyAsDouble(gold.get(g), predicted.get(p));
        if (score > 0) {
          candidates.add(new Candidate(g, p, score));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] predictedTaken = new boolean[predicted.size()];
    List<int[]> pairs = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (!goldTaken[candidate.gold()] && !predictedTaken[candidate.predicted()]) {
        goldTaken[candidate.gold()] = true;
        predictedTaken[candidate.predicted()] = true;
        pairs.add(new int[] {candidate.gold(), candidate.predicted()});
      }
    }
    pairs.sort(Comparator.comparingInt(pair -> pair[0]));
    return new Result(pairs, untaken(goldTaken), untaken(predictedTaken));
  }

  /**
   * Matching that keeps document order on both sides (a longest common subsequence under {@code same}): for
   * section starts, where the n-th "- Tăng cường" must meet the n-th, not any.
   */
  public static <G, P> Result inOrder(List<G> gold, List<P> predicted, java.util.function.BiPredicate<G, P> same) {
    int n = gold.size();
    int m = predicted.size();
    boolean[][] equal = new boolean[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        equal[i][j] = same.test(gold.get(i), predicted.get(j));
      }
    }
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        best[i][j] = equal[i][j]
            ? best[i + 1][j + 1] + 1
            : Math.max(best[i + 1][j], best[i][j + 1]);
      }
    }
    boolean[] goldTaken = new boolean[n];
    boolean[] predictedTaken = new boolean[m];
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (equal[i][j] && best[i][j] == best[i + 1][j + 1] + 1) {
        pairs.add(new int[] {i, j});
        goldTaken[i++] = true;
        predictedTaken[j++] = true;
      } else if (best[i + 1][j] >= best[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return new Result(pairs, untaken(goldTaken), untaken(predictedTaken));
  }

  private static List<Integer> untaken(boolean[] taken) {
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < taken.length; i++) {
      if (!taken[i]) {
        left.add(i);
      }
    }
    return left;
  }
}
