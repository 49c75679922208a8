package org.planex.eval.gold;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.planex.model.Body;
import org.planex.model.Quota;

/**
 * The hand-checked truth about one plan (see {@code corpus/ANNOTATION.md}). Field names follow the document
 * model so a scorer can put a pipeline run and its gold side by side.
 *
 * @param plan the plan's file name up to its first dot; every rendering of the plan shares this gold
 * @param synthetic true for plans written for the corpus by varying the seeds, false for real plans
 * @param restoredText for an OCR'd plan, the file in {@code corpus/annotations/} holding its true text line by
 *     line, else null
 */
@JsonPropertyOrder({"plan", "synthetic", "metadata", "sections", "citations", "bodies", "quotas", "deadlines",
    "restoredText", "notes"})
public record GoldDocument(String plan, boolean synthetic, GoldMetadata metadata, List<GoldSection> sections,
    List<GoldCitation> citations, List<Body> bodies, List<Quota> quotas, List<GoldDeadline> deadlines,
    String restoredText, String notes) {

  public GoldDocument {
    sections = sections == null ? List.of() : List.copyOf(sections);
    citations = citations == null ? List.of() : List.copyOf(citations);
    bodies = bodies == null ? List.of() : List.copyOf(bodies);
    quotas = quotas == null ? List.of() : List.copyOf(quotas);
    deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
  }
}
