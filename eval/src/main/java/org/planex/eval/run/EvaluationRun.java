package org.planex.eval.run;

import java.nio.file.Path;
import java.util.List;
import org.planex.eval.score.BodyScorer;
import org.planex.eval.score.CitationScorer;
import org.planex.eval.score.DeadlineScorer;
import org.planex.eval.score.MetadataScorer;
import org.planex.eval.score.QuotaScorer;
import org.planex.eval.score.SectionScorer;

/** One evaluation of the pipeline as built: every part in report order, into one report. */
public final class EvaluationRun {

  private final List<EvaluationPart> parts;

  /** @param heldOut the committed held-out diacritics text ({@code eval/data/diacritics}) */
  public EvaluationRun(Path heldOut) {
    this.parts = List.of(
        new GoldCheck(),
        new IngestEvaluation(),
        new DiacriticsEvaluation(heldOut),
        new FieldEvaluation("segment", "header fields and sections",
            List.of(new MetadataScorer(), new SectionScorer())),
        new FieldEvaluation("extract", "citations, bodies, quotas, deadlines",
            List.of(new CitationScorer(), new BodyScorer(), new QuotaScorer(), new DeadlineScorer())),
        new OcrEvaluation());
  }

  public Report run(EvalContext context, String corpusName) throws Exception {
    Report.Builder builder = new Report.Builder(corpusName, StageStatus.current());
    for (String group : EvalContext.GROUPS) {
      builder.documents(group, context.group(group).size());
    }
    for (EvaluationPart part : parts) {
      part.run(context, builder);
    }
    return builder.build();
  }
}
