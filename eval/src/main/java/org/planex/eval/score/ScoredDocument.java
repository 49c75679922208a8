package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import org.planex.eval.gold.GoldDocument;

/**
 * A pipeline result beside its gold. The prediction is read as JSON, by field name, so a field a stage adds to
 * the model later is scored as soon as it appears.
 *
 * @param name the document's name in reports (plan name, plus the format for renderings)
 * @param text the text the prediction's offsets index into ({@code text}, or {@code originalText} while no
 *     stage restores it)
 */
public record ScoredDocument(String name, GoldDocument gold, JsonNode predicted, String text) {

  /** The predicted value at a JSON pointer ({@code /metadata/unit/type}), null when absent or not text. */
  public String value(JsonNode node, String pointer) {
    JsonNode value = node.at(pointer);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
