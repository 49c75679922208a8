package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.planex.model.Body;

/**
 * Responsible bodies: found by name (one gold entry per body and role, so a body both leading and supporting
 * is two), role accuracy on the found ones, and their tasks as a set within each found body — the tasks of a
 * missed body are missed, those of a body found in error are false hits.
 */
public final class BodyScorer implements FieldScorer {

  @Override
  public void score(ScoredDocument document, Scorecard card) {
    List<Body> gold = document.gold().bodies();
    List<JsonNode> predicted = Attributes.list(document.predicted().path("bodies"));
    for (Matching matching : Matching.values()) {
      SetMatcher.Result result = SetMatcher.match(gold, predicted, (g, p) -> {
        String name = document.value(p, "/name");
        if (!matching.same(g.name(), name)) {
          return 0;
        }
        return matching.similarity(g.name(), name) + (g.role().equals(document.value(p, "/role")) ? 1 : 0);
      });
      card.set("bodies", matching, result.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "bodies", document.name(), result, gold, predicted,
            item -> item instanceof Body b ? b.name() + " (" + b.role() + ")"
                : document.value((JsonNode) item, "/name") + " (" + document.value((JsonNode) item, "/role") + ")");
      }
      Attributes.score(card, document, matching, "bodies.role", result, gold, predicted, Body::role, "/role");
      card.set("bodies.tasks", matching, tasks(document, matching, result, gold, predicted, card));
    }
  }

  private static Counts tasks(ScoredDocument document, Matching matching, SetMatcher.Result result,
      List<Body> gold, List<JsonNode> predicted, Scorecard card) {
    Counts counts = Counts.ZERO;
    for (int[] pair : result.pairs()) {
      List<String> goldTasks = gold.get(pair[0]).tasks();
      List<String> predictedTasks = new ArrayList<>();
      predicted.get(pair[1]).path("tasks").forEach(task -> predictedTasks.add(task.asText()));
      SetMatcher.Result tasks = SetMatcher.match(goldTasks, predictedTasks,
          (g, p) -> matching.same(g, p) ? matching.similarity(g, p) : 0);
      counts = counts.plus(tasks.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "bodies.tasks", document.name(), tasks, goldTasks, predictedTasks,
            task -> gold.get(pair[0]).name() + ": " + task);
      }
    }
    for (int g : result.unmatchedGold()) {
      counts = counts.plus(new Counts(0, 0, gold.get(g).tasks().size()));
    }
    for (int p : result.unmatchedPredicted()) {
      counts = counts.plus(new Counts(0, predicted.get(p).path("tasks").size(), 0));
    }
    return counts;
  }
}
