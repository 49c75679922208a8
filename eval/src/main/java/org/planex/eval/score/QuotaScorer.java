package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.planex.model.Quota;

/**
 * Quotas: found by quantity (as written: "02" is not "2" under strict matching) and unit, the closest verbatim
 * text deciding between equals; on the found ones, period, comparator, channel and the body owing it.
 */
public final class QuotaScorer implements FieldScorer {

  @Override
  public void score(ScoredDocument document, Scorecard card) {
    List<Quota> gold = document.gold().quotas();
    List<JsonNode> predicted = Attributes.list(document.predicted().path("quotas"));
    for (Matching matching : Matching.values()) {
      SetMatcher.Result result = SetMatcher.match(gold, predicted, (g, p) -> {
        boolean same = sameQuantity(matching, g.quantity(), document.value(p, "/quantity"))
            && matching.same(g.unit(), document.value(p, "/unit"));
        return same ? 1 + Matching.RELAXED.similarity(g.text(), document.value(p, "/text")) : 0;
      });
      card.set("quotas", matching, result.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "quotas", document.name(), result, gold, predicted,
            item -> item instanceof Quota q ? q.text() : document.value((JsonNode) item, "/text"));
      }
      Attributes.score(card, document, matching, "quotas.period", result, gold, predicted, Quota::period,
          "/period");
      Attributes.score(card, document, matching, "quotas.comparator", result, gold, predicted,
          Quota::comparator, "/comparator");
      Attributes.score(card, document, matching, "quotas.channel", result, gold, predicted, Quota::channel,
          "/channel");
      Attributes.score(card, document, matching, "quotas.body", result, gold, predicted, Quota::body, "/body");
    }
  }

  private static boolean sameQuantity(Matching matching, String gold, String predicted) {
    if (matching == Matching.STRICT || gold == null || predicted == null) {
      return matching.same(gold, predicted);
    }
    return gold.replaceFirst("^0+(?=\\d)", "").equals(predicted.trim().replaceFirst("^0+(?=\\d)", ""));
  }
}
