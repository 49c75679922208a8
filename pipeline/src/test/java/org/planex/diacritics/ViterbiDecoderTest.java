package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder against brute force: on lattices small enough to enumerate every path, scored word by word with
 * the model's full-context {@link NgramLanguageModel#score}, Viterbi must find the best path and the exact
 * max-marginal margins, whatever its state merging does.
 */
class ViterbiDecoderTest {

  private DiacriticsModel model = TinyModel.without("viet-khe-2025-h2.txt");

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void findsTheBestPathAndExactMarginsOnRandomLattices(int order) {
    model = TinyModel.without("viet-khe-2025-h2.txt", order);
    Random random = new Random(7);
    String[] stripped = {"cong", "tac", "cai", "cach", "hanh", "chinh", "thong", "tin", "tuyen", "truyen", "xa",
        "phuong", "ke", "hoach", "nam", "thuc", "hien", "can", "bo", "dan", "do", "a", "dong", "tra", "ve"};
    ViterbiDecoder decoder = new ViterbiDecoder(model.languageModel());
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(5);
      int[][] words = new int[n][];
      float[][] emissions = new float[n][];
      for (int i = 0; i < n; i++) {
        if (random.nextInt(4) == 0) {
          words[i] = new int[] {random.nextBoolean() ? SyllableVocabulary.NUMBER
              : model.vocabulary().punctuationId(',')};
        } else {
          int[] all = model.candidates().of(stripped[random.nextInt(stripped.length)]);
          words[i] = Arrays.copyOf(all, Math.min(all.length, 1 + random.nextInt(6)));
          emissions[i] = new float[words[i].length];
          for (int c = 0; c < emissions[i].length; c++) {
            emissions[i][c] = random.nextBoolean() ? 0f : (float) -random.nextDouble();
          }
        }
      }
      CandidateLattice lattice = new CandidateLattice(words, emissions);
      Decoding decoding = decoder.decode(lattice);
      BruteForce truth = new BruteForce(lattice);
      assertEquals(truth.bestScore, pathScore(lattice, decoding.choices()), 1e-3,
          "round " + round + " chose " + Arrays.toString(decoding.choices()));
      for (int i = 0; i < n; i++) {
        if (words[i].length > 1) {
          assertEquals(truth.margin(i, truth.best[i]), decoding.margins()[i], 1e-3,
              String.format(Locale.ROOT, "margin at %d, round %d", i, round));
        }
      }
    }
  }

  @Test
  void decodesAnEmptyLattice() {
    Decoding decoding = new ViterbiDecoder(model.languageModel()).decode(new CandidateLattice(new int[0][]));
    assertArrayEquals(new int[0], decoding.choices());
  }

  private double pathScore(CandidateLattice lattice, int[] choices) {
    NgramLanguageModel lm = model.languageModel();
    int[] words = new int[choices.length + 2];
    words[0] = SyllableVocabulary.SENTENCE_START;
    double total = 0;
    for (int i = 0; i <= choices.length; i++) {
      words[i + 1] = i < choices.length ? lattice.at(i)[choices[i]] : SyllableVocabulary.SENTENCE_END;
      int[] context = Arrays.copyOfRange(words, Math.max(0, i + 1 - (lm.order() - 1)), i + 1);
      total += lm.score(context, words[i + 1]) + (i < choices.length ? lattice.emission(i, choices[i]) : 0);
    }
    return total;
  }

  /** Every path of a small lattice, scored. */
  private final class BruteForce {
    final int[] best;
    final double bestScore;
    private final double[][] through;

    BruteForce(CandidateLattice lattice) {
      int n = lattice.length();
      through = new double[n][];
      for (int i = 0; i < n; i++) {
        through[i] = new double[lattice.at(i).length];
        Arrays.fill(through[i], Double.NEGATIVE_INFINITY);
      }
      int[] path = new int[n];
      int[] bestPath = new int[n];
      double top = Double.NEGATIVE_INFINITY;
      while (true) {
        double s = pathScore(lattice, path);
        for (int i = 0; i < n; i++) {
          through[i][path[i]] = Math.max(through[i][path[i]], s);
        }
        if (s > top) {
          top = s;
          bestPath = path.clone();
        }
        int i = n - 1;
        while (i >= 0 && ++path[i] == lattice.at(i).length) {
          path[i] = 0;
          i--;
        }
        if (i < 0) {
          break;
        }
      }
      best = bestPath;
      bestScore = top;
    }

    double margin(int position, int chosen) {
      double second = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < through[position].length; c++) {
        if (c != chosen) {
          second = Math.max(second, through[position][c]);
        }
      }
      return through[position][chosen] - second;
    }
  }
}
