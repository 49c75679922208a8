package org.planex.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One result: a plan, or an item of one with the plan it belongs to.
 *
 * @param type {@code plan}, {@code citation}, {@code task}, {@code quota} or {@code section}
 * @param item the item as the document JSON has it (a task item is {@code {body, role, task}}); absent for plans
 */
@JsonPropertyOrder({"type", "score", "plan", "item", "snippets"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String type, float score, PlanSummary plan, JsonNode item, List<Snippet> snippets) {}
