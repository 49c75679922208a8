package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoothing on the corpus plans: distributions sum to one, discounts are sane, pruning keeps a valid model. */
class KneserNeyEstimatorTest {

  private final SyllableVocabulary vocabulary = SyllableVocabulary.standard();

  private NgramCounts counts(int order) {
    NgramCounts counts = new NgramCounts(order);
    for (Path plan : TinyModel.plans()) {
      try {
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
          String text = DiacriticsTrainer.normalize(line);
          List<TextToken> tokens = LineTokenizer.tokenize(text);
          int[] ids = tokens.stream().mapToInt(t -> vocabulary.idOf(text, t)).toArray();
          counts.addSentence(ids, ids.length, 1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return counts;
  }

  @Test
  void everyContextsDistributionSumsToOne() {
    NgramEstimates model = new KneserNeyEstimator(KneserNeyEstimator.Options.of(3, 1), vocabulary.size())
        .estimate(counts(3));
    String[][] contexts = {{}, {"của"}, {"cải", "cách"}, {"<s>"}, {"<s>", "căn"}, {"thông", "tin"}, {"xã"}};
    for (String[] context : contexts) {
      int[] ids = Arrays.stream(context).mapToInt(w -> w.equals("<s>") ? SyllableVocabulary.SENTENCE_START
          : vocabulary.syllableId(w)).toArray();
      double sum = 0;
      for (int w = SyllableVocabulary.SENTENCE_END; w < vocabulary.size(); w++) {
        sum += Math.pow(10, score(model, ids, w));
      }
      assertEquals(1.0, sum, 1e-3, String.join(" ", context));
    }
  }

  @Test
  void discountsStayBelowTheirCounts() {
    double[] d = KneserNeyEstimator.discounts(new int[] {1, 1, 1, 1, 1, 2, 2, 3, 4, 5, 1, 2, 3, 4, 7});
    assertTrue(d[1] > 0 && d[1] < 1);
    assertTrue(d[2] > 0 && d[2] < 2);
    assertTrue(d[3] > 0 && d[3] < 3);
  }

  @Test
  void prunedModelsKeepTheContextAndSuffixOfEveryNgram() {
    NgramEstimates model = new KneserNeyEstimator(KneserNeyEstimator.Options.of(4, 2, 2), vocabulary.size())
        .estimate(counts(4));
    NgramEstimates full = new KneserNeyEstimator(KneserNeyEstimator.Options.of(4, 1, 1), vocabulary.size())
        .estimate(counts(4));
    assertTrue(model.count(4) < full.count(4) && model.count(3) < full.count(3));
    for (int n = 3; n <= 4; n++) {
      for (long key : model.keys()[n]) {
        assertTrue(Arrays.binarySearch(model.keys()[n - 1], NgramKeys.context(key)) >= 0);
        assertTrue(Arrays.binarySearch(model.keys()[n - 1], NgramKeys.suffix(key, n - 1)) >= 0);
      }
    }
  }

  /** log10 p(word | context) in backoff form, straight from the estimates. */
  private static double score(NgramEstimates model, int[] context, int word) {
    double backoff = 0;
    for (int n = Math.min(context.length, model.order() - 1); n >= 1; n--) {
      long ctx = NgramKeys.of(Arrays.copyOfRange(context, context.length - n, context.length));
      int at = Arrays.binarySearch(model.keys()[n + 1], NgramKeys.append(ctx, word));
      if (at >= 0) {
        return backoff + model.probs()[n + 1][at];
      }
      if (n == 1) {
        backoff += model.unigramBackoffs()[(int) ctx];
      } else {
        int c = Arrays.binarySearch(model.keys()[n], ctx);
        backoff += c >= 0 ? model.backoffs()[n][c] : 0;
      }
    }
    return backoff + model.unigramProbs()[word];
  }
}
