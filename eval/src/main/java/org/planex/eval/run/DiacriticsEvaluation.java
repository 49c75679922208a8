package org.planex.eval.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.gold.TrueText;
import org.planex.eval.score.SyllableAccuracy;
import org.planex.diacritics.DiacriticRestorer;
import org.planex.diacritics.SharedModel;
import org.planex.model.PlanDocument;
import org.planex.model.Source;
import org.planex.pipeline.Stage;
import org.planex.text.AccentFolding;
import org.planex.text.TonePlacement;

/**
 * Diacritic restoration, syllable accuracy on: every plan's true text with its diacritics stripped (real and
 * synthetic apart), held-out slices of general and legal text the model is not trained on, the OCR'd Tiên
 * Lãng plan against its restored gold, and — the other way round — how much of already-correct text the
 * restorer changes. The input left as is and the naive most-frequent-form baseline are shown beside every set,
 * so the gain is visible; while the stage is not built, the input is all there is.
 */
final class DiacriticsEvaluation implements EvaluationPart {

  private final Path heldOut;

  /** @param heldOut the folder of committed held-out slices ({@code eval/data/diacritics}) */
  DiacriticsEvaluation(Path heldOut) {
    this.heldOut = heldOut;
  }

  /** One evaluation set: inputs and the texts they should become. */
  private record TestSet(String key, String title, List<String> inputs, List<String> golds, boolean unchanged) {}

  @Override
  public void run(EvalContext context, Report.Builder report) throws Exception {
    Optional<Stage> stage = StageStatus.find("diacritics");
    UnaryOperator<String> restorer = stage.map(DiacriticsEvaluation::restorer).orElse(null);
    // The naive reference on the same sets: each syllable's most frequent accented form, whatever its context.
    UnaryOperator<String> baseline = stage.isPresent() ? SharedModel.get().map(DiacriticRestorer::mostFrequentForm)
        .map(naive -> (UnaryOperator<String>) text -> naive.restore(text).text()).orElse(null) : null;
    // And the model without its OCR channel, on the sets the channel is for: what the channel adds.
    UnaryOperator<String> withoutChannel = stage.isPresent() ? SharedModel.get()
        .map(model -> DiacriticRestorer.viterbi(model.withOcrChannel(null)))
        .map(plain -> (UnaryOperator<String>) text -> plain.restore(text).text()).orElse(null) : null;
    StringBuilder table = new StringBuilder("## diacritics — syllable accuracy\n\n");
    table.append(stage.isPresent() ? "" : "Not built yet (issue 4): only the input left as is is measured, "
        + "for reference.\n\n");
    table.append("| set | syllables | input as is | most frequent form | model without OCR channel | restored |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (TestSet set : sets(context)) {
      SyllableAccuracy.Tally input = SyllableAccuracy.Tally.ZERO;
      SyllableAccuracy.Tally output = SyllableAccuracy.Tally.ZERO;
      SyllableAccuracy.Tally naive = SyllableAccuracy.Tally.ZERO;
      SyllableAccuracy.Tally plain = SyllableAccuracy.Tally.ZERO;
      for (int i = 0; i < set.inputs().size(); i++) {
        input = input.plus(SyllableAccuracy.compareLines(set.golds().get(i), set.inputs().get(i)));
        if (restorer != null) {
          output = output.plus(SyllableAccuracy.compareLines(set.golds().get(i),
              restorer.apply(set.inputs().get(i))));
        }
        if (baseline != null) {
          naive = naive.plus(SyllableAccuracy.compareLines(set.golds().get(i), baseline.apply(set.inputs().get(i))));
        }
        if (withoutChannel != null && set.key().equals("ocr")) {
          plain = plain.plus(SyllableAccuracy.compareLines(set.golds().get(i),
              withoutChannel.apply(set.inputs().get(i))));
        }
      }
      String measured;
      if (restorer == null) {
        measured = "not built";
      } else if (set.unchanged()) {
        double changed = 1 - output.accuracy();
        report.metric("diacritics." + set.key() + ".unchanged", output.accuracy());
        measured = Percent.of(output.accuracy()) + " unchanged (" + Percent.of(changed) + " changed)";
      } else {
        report.metric("diacritics." + set.key() + ".accuracy", output.accuracy());
        measured = Percent.of(output.accuracy());
      }
      report.metric("diacritics." + set.key() + ".input", input.accuracy());
      String naiveCell = baseline == null ? "—" : set.unchanged() ? Percent.of(naive.accuracy()) + " unchanged"
          : Percent.of(naive.accuracy());
      table.append("| ").append(set.title()).append(" | ").append(Percent.count(input.total())).append(" | ")
          .append(set.unchanged() ? "—" : Percent.of(input.accuracy())).append(" | ").append(naiveCell)
          .append(" | ").append(set.key().equals("ocr") && withoutChannel != null ? Percent.of(plain.accuracy())
              : "same").append(" | ").append(measured).append(" |\n");
    }
    if (context.sharedData() == null) {
      table.append("\nThe held-out news slice needs `../shared/data` (its text cannot be shipped); not scored "
          + "here.\n");
    }
    report.table(table.toString());
  }

  private List<TestSet> sets(EvalContext context) throws Exception {
    List<TestSet> sets = new ArrayList<>();
    for (String group : EvalContext.GROUPS) {
      List<String> truths = new ArrayList<>();
      for (AnnotatedPlan plan : context.group(group)) {
        truths.add(TrueText.of(plan, context.ingester()));
      }
      if (!truths.isEmpty()) {
        sets.add(new TestSet(group + ".stripped", group + " plans, diacritics stripped (" + truths.size() + ")",
            truths.stream().map(AccentFolding::fold).toList(), truths, false));
      }
    }
    addHeldOut(sets, "heldout.legal", "held-out legal text (10 laws)", heldOut.resolve("legal-heldout.txt"));
    addHeldOut(sets, "heldout.general", "held-out general text (UD Vietnamese-VTB test)",
        heldOut.resolve("general-heldout.txt"));
    if (context.sharedData() != null) {
      addHeldOut(sets, "heldout.news", "held-out news (VNTC test, dev machines only)",
          HeldOutSlices.newsSlice(context.sharedData()));
    }
    List<String> ocr = new ArrayList<>();
    List<String> ocrNames = new ArrayList<>();
    List<String> ocrGold = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    for (AnnotatedPlan plan : context.corpus().plans()) {
      if (plan.restoredText().isPresent()) {
        ocr.add(context.ingester().ingest(plan.primary()).originalText());
        ocrNames.add(plan.name());
        ocrGold.add(TrueText.of(plan, context.ingester()));
      } else if (!plan.gold().synthetic()) {
        correct.add(TrueText.of(plan, context.ingester()));
      }
    }
    if (!ocr.isEmpty()) {
      String which = ocrNames.size() <= 3 ? String.join(", ", ocrNames) : ocrNames.size() + " plans";
      sets.add(new TestSet("ocr", "damaged (OCR'd …) plans against their restored gold (" + which + ")", ocr,
          ocrGold, false));
    }
    sets.add(new TestSet("correct", "already-correct real plans left unchanged (" + correct.size() + ")",
        correct, correct, true));
    return sets;
  }

  private static void addHeldOut(List<TestSet> sets, String key, String title, Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return;
    }
    String gold = normalise(Files.readString(file, StandardCharsets.UTF_8));
    sets.add(new TestSet(key, title, List.of(AccentFolding.fold(gold)), List.of(gold), false));
  }

  private static String normalise(String text) {
    return TonePlacement.toClassic(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  private static UnaryOperator<String> restorer(Stage stage) {
    Source source = new Source("eval", null, "text/plain", null, null, 0, null);
    return text -> stage.apply(PlanDocument.ingested(source, text, List.of(), List.of(), List.of(), List.of()))
        .text();
  }
}
