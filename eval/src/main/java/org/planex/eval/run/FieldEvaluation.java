package org.planex.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.score.FieldScore;
import org.planex.eval.score.FieldScorer;
import org.planex.eval.score.Matching;
import org.planex.eval.score.Mismatch;
import org.planex.eval.score.ScoredDocument;
import org.planex.eval.score.Scorecard;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.pipeline.Pipeline;

/**
 * The fields a stage fills (segment: metadata and sections; extract: citations, bodies, quotas, deadlines),
 * scored per group of plans on the pipeline's output: precision, recall and F1 (micro over all items, macro
 * over documents) under strict and relaxed matching, or accuracy for values.
 */
final class FieldEvaluation implements EvaluationPart {

  private final String stage;
  private final String title;
  private final List<FieldScorer> scorers;

  FieldEvaluation(String stage, String title, List<FieldScorer> scorers) {
    this.stage = stage;
    this.title = title;
    this.scorers = List.copyOf(scorers);
  }

  @Override
  public void run(EvalContext context, Report.Builder report) throws Exception {
    StringBuilder table = new StringBuilder("## " + stage + " — " + title + "\n\n");
    if (StageStatus.find(stage).isEmpty()) {
      report.table(table.append("Not built yet (").append(StageStatus.current().stream()
          .filter(s -> s.name().equals(stage)).findFirst().orElseThrow().issue())
          .append("): not scored.\n").toString());
      return;
    }
    List<Mismatch> mismatches = new ArrayList<>();
    // Not closed here: the ingester is the run's, shared by every part.
    Pipeline pipeline = new Pipeline(context.ingester(), Pipeline.standardStages());
    {
      for (String group : EvalContext.GROUPS) {
        Scorecard card = new Scorecard();
        for (AnnotatedPlan plan : context.group(group)) {
          for (Path file : files(context, plan)) {
            PlanDocument document = pipeline.process(file);
            JsonNode predicted = PlanJson.mapper().valueToTree(document);
            String text = document.workingText();
            String name = file.equals(plan.primary()) ? plan.name() : file.getFileName().toString();
            ScoredDocument scored = new ScoredDocument(name, plan.gold(), predicted, text);
            card.document(name);
            for (FieldScorer scorer : scorers) {
              scorer.score(scored, card);
            }
          }
        }
        if (!context.group(group).isEmpty()) {
          table.append(render(group, card.scores(), report));
          mismatches.addAll(card.mismatches());
          if (context.details()) {
            table.append(perDocument(card));
          }
        }
      }
    }
    if (context.details()) {
      table.append("\n### Misses and false hits (strict)\n\n");
      for (Mismatch m : mismatches) {
        table.append("- ").append(m.document()).append(" · ").append(m.field()).append(" · ").append(m.kind())
            .append(m.gold() != null ? " · gold: " + m.gold() : "")
            .append(m.predicted() != null ? " · got: " + m.predicted() : "").append('\n');
      }
    }
    report.table(table.toString());
  }

  /** One row per document: strict F1 (or accuracy) of each set field. */
  private static String perDocument(Scorecard card) {
    StringBuilder out = new StringBuilder("| document | field | found | false | missed | F1 |\n|---|---|---:|---:|---:|---:|\n");
    card.strictByDocument().forEach((name, fields) -> fields.forEach((field, counts) -> {
      if (!counts.isEmpty()) {
        out.append("| ").append(name).append(" | ").append(field).append(" | ").append(counts.tp()).append(" | ")
            .append(counts.fp()).append(" | ").append(counts.fn()).append(" | ").append(Percent.of(counts.f1()))
            .append(" |\n");
      }
    }));
    return out.append('\n').toString();
  }

  private static List<Path> files(EvalContext context, AnnotatedPlan plan) {
    List<Path> files = new ArrayList<>(List.of(plan.primary()));
    if (context.allFormats()) {
      files.addAll(plan.renderings());
    }
    return files;
  }

  private static String render(String group, List<FieldScore> scores, Report.Builder report) {
    StringBuilder out = new StringBuilder("**" + group + " plans**\n\n");
    out.append("| field | items | strict P | strict R | strict F1 | macro F1 | relaxed P | relaxed R | relaxed F1 |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (FieldScore strict : scores) {
      if (strict.matching() != Matching.STRICT) {
        continue;
      }
      FieldScore relaxed = scores.stream()
          .filter(s -> s.field().equals(strict.field()) && s.matching() == Matching.RELAXED).findFirst()
          .orElseThrow();
      for (FieldScore score : List.of(strict, relaxed)) {
        String name = group + "." + score.field() + "." + score.matching().name().toLowerCase(Locale.ROOT);
        report.metric(name + (score.kind() == FieldScore.Kind.SET ? ".f1" : ".accuracy"), score.headline());
      }
      if (strict.kind() == FieldScore.Kind.SET) {
        int items = strict.micro().tp() + strict.micro().fn();
        out.append("| ").append(strict.field()).append(" | ").append(items).append(" | ")
            .append(Percent.of(strict.micro().precision())).append(" | ").append(Percent.of(strict.micro().recall()))
            .append(" | ").append(Percent.of(strict.micro().f1())).append(" | ").append(Percent.of(strict.macroF1()))
            .append(" | ").append(Percent.of(relaxed.micro().precision())).append(" | ")
            .append(Percent.of(relaxed.micro().recall())).append(" | ").append(Percent.of(relaxed.micro().f1()))
            .append(" |\n");
      } else {
        int items = strict.micro().tp() + strict.micro().fn();
        out.append("| ").append(strict.field()).append(" (accuracy) | ").append(items).append(" | | | ")
            .append(Percent.of(strict.accuracy())).append(" | | | | ").append(Percent.of(relaxed.accuracy()))
            .append(" |\n");
      }
    }
    return out.append('\n').toString();
  }
}
