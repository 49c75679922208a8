package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.planex.eval.gold.GoldDeadline;

/**
 * Deadlines: found by their text as written (the same normalised date with another wording also counts);
 * on the found ones, the normalised date, the recurrence and the body they bind.
 */
public final class DeadlineScorer implements FieldScorer {

  @Override
  public void score(ScoredDocument document, Scorecard card) {
    List<GoldDeadline> gold = document.gold().deadlines();
    List<JsonNode> predicted = Attributes.list(document.predicted().path("deadlines"));
    for (Matching matching : Matching.values()) {
      SetMatcher.Result result = SetMatcher.match(gold, predicted, (g, p) -> {
        String text = document.value(p, "/text");
        if (matching.same(g.text(), text)) {
          return 1 + matching.similarity(g.text(), text);
        }
        return g.date() != null && g.date().equals(document.value(p, "/date")) ? 0.5 : 0;
      });
      card.set("deadlines", matching, result.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "deadlines", document.name(), result, gold, predicted,
            item -> item instanceof GoldDeadline d ? d.text() : document.value((JsonNode) item, "/text"));
      }
      Attributes.score(card, document, matching, "deadlines.date", result, gold, predicted, GoldDeadline::date,
          "/date");
      Attributes.score(card, document, matching, "deadlines.recurrence", result, gold, predicted,
          GoldDeadline::recurrence, "/recurrence");
      Attributes.score(card, document, matching, "deadlines.body", result, gold, predicted, GoldDeadline::body,
          "/body");
    }
  }
}
