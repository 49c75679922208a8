package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/** Accuracy of one attribute over the matched pairs of a set field ({@code citations.date} …). */
final class Attributes {

  private Attributes() {}

  static <G> void score(Scorecard card, ScoredDocument document, Matching matching, String field,
      SetMatcher.Result result, List<G> gold, List<JsonNode> predicted, Function<G, String> goldValue,
      String pointer) {
    int right = 0;
    for (int[] pair : result.pairs()) {
      String expected = goldValue.apply(gold.get(pair[0]));
      String actual = document.value(predicted.get(pair[1]), pointer);
      if (matching.same(expected, actual)) {
        right++;
      } else if (matching == Matching.STRICT) {
        card.mismatch(new Mismatch(field, document.name(), "wrong", expected, actual));
      }
    }
    card.accuracy(field, matching, right, result.pairs().size());
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }
}
