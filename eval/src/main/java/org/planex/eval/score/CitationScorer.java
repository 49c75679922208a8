package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.planex.eval.gold.GoldCitation;

/**
 * Cited documents: found by (type, number) — or (type, title) for a law cited by its name — and, on the found
 * ones, date and issuer. {@code citations.number} ignores the type, for a view of the number grammar alone.
 */
public final class CitationScorer implements FieldScorer {

  @Override
  public void score(ScoredDocument document, Scorecard card) {
    List<GoldCitation> gold = document.gold().citations();
    List<JsonNode> predicted = Attributes.list(document.predicted().path("citations"));
    for (Matching matching : Matching.values()) {
      SetMatcher.Result result = SetMatcher.match(gold, predicted,
          (g, p) -> matching.same(g.type(), document.value(p, "/type")) ? identity(matching, g, p, document) : 0);
      card.set("citations", matching, result.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "citations", document.name(), result, gold, predicted,
            item -> item instanceof GoldCitation c ? c.type() + " " + (c.number() != null ? c.number() : c.title())
                : document.value((JsonNode) item, "/type") + " " + document.value((JsonNode) item, "/number"));
      }
      card.set("citations.number", matching,
          SetMatcher.match(gold, predicted, (g, p) -> identity(matching, g, p, document)).counts());
      Attributes.score(card, document, matching, "citations.date", result, gold, predicted, GoldCitation::date,
          "/date");
      Attributes.score(card, document, matching, "citations.issuer", result, gold, predicted,
          GoldCitation::issuer, "/issuer");
    }
  }

  /** How surely {@code p} is the document {@code g} names, ignoring the type: 0 when it is not. */
  private static double identity(Matching matching, GoldCitation g, JsonNode p, ScoredDocument document) {
    String number = document.value(p, "/number");
    if (g.number() != null) {
      return matching.same(g.number(), number) ? 1 + agreement(g.date(), document.value(p, "/date")) : 0;
    }
    String title = document.value(p, "/title");
    return number == null && matching.same(g.title(), title) ? matching.similarity(g.title(), title) : 0;
  }

  private static double agreement(String gold, String predicted) {
    return gold != null && gold.equals(predicted) ? 0.1 : 0;
  }
}
