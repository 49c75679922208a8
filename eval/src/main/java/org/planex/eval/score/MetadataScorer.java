package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Header fields: one accuracy per field ({@code metadata.number}, {@code metadata.unit.name} …), where a null
 * predicted for a null gold is right; recipients as a set.
 */
public final class MetadataScorer implements FieldScorer {

  /** JSON pointers of the scalar header fields, in report order. */
  public static final List<String> FIELDS = List.of("/kind", "/number", "/symbol", "/date", "/partialDate",
      "/place", "/issuer", "/unit/type", "/unit/name", "/province", "/title", "/period", "/signer/name",
      "/signer/position", "/signer/authority");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void score(ScoredDocument document, Scorecard card) {
    JsonNode gold = JSON.valueToTree(document.gold().metadata());
    JsonNode predicted = document.predicted().path("metadata");
    for (String pointer : FIELDS) {
      String field = "metadata" + pointer.replace('/', '.');
      String goldValue = document.value(gold, pointer);
      String predictedValue = document.value(predicted, pointer);
      for (Matching matching : Matching.values()) {
        boolean right = matching.same(goldValue, predictedValue);
        card.accuracy(field, matching, right ? 1 : 0, 1);
        if (!right && matching == Matching.STRICT) {
          card.mismatch(new Mismatch(field, document.name(), "wrong", goldValue, predictedValue));
        }
      }
    }
    List<String> goldRecipients = document.gold().metadata().recipients();
    List<String> predictedRecipients = new ArrayList<>();
    predicted.path("recipients").forEach(node -> predictedRecipients.add(node.asText()));
    for (Matching matching : Matching.values()) {
      SetMatcher.Result result = SetMatcher.match(goldRecipients, predictedRecipients,
          (g, p) -> matching.same(g, p) ? matching.similarity(g, p) : 0);
      card.set("metadata.recipients", matching, result.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "metadata.recipients", document.name(), result, goldRecipients,
            predictedRecipients, Object::toString);
      }
    }
  }
}
