package org.planex.eval.score;

import java.util.List;
import java.util.function.Function;

/** Turns what a set matching left over into misses and false hits. */
final class Mismatches {

  private Mismatches() {}

  static <G, P> void report(Scorecard card, String field, String document, SetMatcher.Result result,
      List<G> gold, List<P> predicted, Function<Object, String> describe) {
    for (int g : result.unmatchedGold()) {
      card.mismatch(new Mismatch(field, document, "miss", describe.apply(gold.get(g)), null));
    }
    for (int p : result.unmatchedPredicted()) {
      card.mismatch(new Mismatch(field, document, "false hit", null, describe.apply(predicted.get(p))));
    }
  }
}
