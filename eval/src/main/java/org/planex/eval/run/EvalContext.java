package org.planex.eval.run;

import java.nio.file.Path;
import java.util.List;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.ingest.Ingester;

/**
 * What every part of an evaluation run reads.
 *
 * @param sharedData {@code ../shared/data} when present (development machines), for the held-out news slice
 *     that cannot be shipped; null in a fresh clone
 * @param allFormats score every rendering of a plan, not only its plain-text file
 * @param details print every miss and false hit per document
 */
public record EvalContext(AnnotatedCorpus corpus, Ingester ingester, Path sharedData, boolean allFormats,
    boolean details) {

  /** Plans are scored in two groups that are never mixed: the real plans and the hand-written synthetic ones. */
  public static final List<String> GROUPS = List.of("real", "synthetic");

  public List<AnnotatedPlan> group(String name) {
    boolean synthetic = name.equals("synthetic");
    return corpus.plans().stream().filter(plan -> plan.gold().synthetic() == synthetic).toList();
  }
}
