package org.planex.eval.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.score.SyllableAccuracy;

/**
 * Ingestion: each rendering of a plan (DOCX, PDF, ODT, HTML, RTF, DOC, legacy encodings …) read back against the
 * plan's plain text, as the share of its words found in order. Extra words count against it too: the score is
 * the common subsequence over the longer of the two.
 */
final class IngestEvaluation implements EvaluationPart {

  @Override
  public void run(EvalContext context, Report.Builder report) throws Exception {
    Map<String, long[]> byFormat = new TreeMap<>();
    for (AnnotatedPlan plan : context.group("real")) {
      String truth = context.ingester().ingest(plan.primary()).originalText();
      for (Path rendering : plan.renderings()) {
        String read = context.ingester().ingest(rendering).originalText();
        SyllableAccuracy.Tally forward = SyllableAccuracy.compare(truth, read);
        SyllableAccuracy.Tally backward = SyllableAccuracy.compare(read, truth);
        long[] sums = byFormat.computeIfAbsent(format(plan, rendering), k -> new long[3]);
        sums[0] += forward.correct();
        sums[1] += Math.max(forward.total(), backward.total());
        sums[2]++;
      }
    }
    StringBuilder table = new StringBuilder("## ingest — renderings read back against the plan's text\n\n");
    if (byFormat.isEmpty()) {
      report.table(table.append("No plan in this corpus has renderings.\n").toString());
      return;
    }
    table.append("| format | files | words | word accuracy |\n|---|---:|---:|---:|\n");
    byFormat.forEach((format, sums) -> {
      double accuracy = (double) sums[0] / sums[1];
      report.metric("real.ingest." + format + ".words", accuracy);
      table.append("| ").append(format).append(" | ").append(sums[2]).append(" | ").append(Percent.count(sums[1]))
          .append(" | ").append(Percent.of(accuracy)).append(" |\n");
    });
    report.table(table.toString());
  }

  /** {@code viet-khe-2025-h2.tcvn3.docx} → {@code tcvn3.docx}. */
  private static String format(AnnotatedPlan plan, Path rendering) {
    return rendering.getFileName().toString().substring(plan.name().length() + 1);
  }
}
