package org.planex.eval.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.score.BodyScorer;
import org.planex.eval.score.FieldScore;
import org.planex.eval.score.Matching;
import org.planex.eval.score.ScoredDocument;
import org.planex.eval.score.Scorecard;
import org.planex.extract.ExtractStage;
import org.planex.extract.SubjectFinder;
import org.planex.extract.SubjectFinder.LabelledItem;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code planex train subjects}: the extract stage's subject finder. It first measures what the model adds on
 * documents it was not trained on — each annotated plan is extracted by rules only and by rules with a model
 * trained on the other plans (leave one document out) — then trains on every plan and writes the model.
 */
@Command(name = "subjects", mixinStandardHelpOptions = true,
    description = {"Train the subject finder of the extract stage (OpenNLP name finder) on the annotated corpus "
        + "and write OUT/subject-finder.bin.",
        "Prints bodies and tasks scored rules-only against with-model, each plan held out of its model's training."})
final class SubjectsCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "DIR", description = "Annotated corpus (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("corpus");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = SubjectFinder.RELATIVE.getParent();

  @Option(names = "--augment", negatable = true, description = "Also train on verb-first items given their "
      + "heading's body as a subject (default: ${DEFAULT-VALUE}).")
  boolean augment = true;

  @Option(names = "--legal", paramLabel = "FILE", description = "Pháp điển articles to draw silver subjects from, "
      + "when the file exists (default: ${DEFAULT-VALUE}).")
  Path legal = Path.of("../shared/data/legal/phapdien_dieu.txt");

  @Option(names = "--legal-items", paramLabel = "N", description = "Silver items from --legal (default: "
      + "${DEFAULT-VALUE}; 0 for none).")
  int legalItems = 1500;

  @Option(names = "--iterations", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations = 100;

  @Override
  public Integer call() throws Exception {
    List<AnnotatedPlan> plans = AnnotatedCorpus.load(corpus).plans();
    List<PlanDocument> segmented = new ArrayList<>();
    List<Stage> beforeExtract = Pipeline.standardStages().stream()
        .filter(stage -> !stage.name().equals(ExtractStage.NAME)).toList();
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      Pipeline pipeline = new Pipeline(ingester, beforeExtract);
      for (AnnotatedPlan plan : plans) {
        segmented.add(pipeline.process(plan.primary()));
      }
    }
    List<List<LabelledItem>> labelled = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      labelled.add(SubjectLabels.of(segmented.get(i), plans.get(i).gold(), augment));
    }
    long subjects = labelled.stream().flatMap(List::stream).filter(item -> item.subjectEnd() > 0).count();
    System.out.printf(Locale.ROOT, "%d plans, %d labelled task items, %d of them opening with their own subject%n",
        plans.size(), labelled.stream().mapToInt(List::size).sum(), subjects);

    List<LabelledItem> silver = legalItems > 0 && Files.isRegularFile(legal)
        ? LegalSubjects.read(legal, legalItems, 2) : List.of();
    System.out.printf(Locale.ROOT, "%d silver items from %s%n", silver.size(), legal);

    Scorecard[] rules = {new Scorecard(), new Scorecard()};
    Scorecard[] learned = {new Scorecard(), new Scorecard()};
    ExtractStage rulesOnly = new ExtractStage(Optional.empty());
    for (int i = 0; i < plans.size(); i++) {
      List<LabelledItem> training = new ArrayList<>(silver);
      for (int j = 0; j < plans.size(); j++) {
        if (j != i) {
          training.addAll(labelled.get(j));
        }
      }
      SubjectFinder heldOut = SubjectFinder.train(training, iterations);
      int group = plans.get(i).gold().synthetic() ? 1 : 0;
      score(plans.get(i), rulesOnly.apply(segmented.get(i)), rules[group]);
      score(plans.get(i), new ExtractStage(Optional.of(heldOut)).apply(segmented.get(i)), learned[group]);
    }
    String[] groups = {"real", "synthetic"};
    System.out.println("\n| plans | field | rules P | rules R | rules F1 | with model P | with model R | with model F1 |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (int g = 0; g < 2; g++) {
      List<FieldScore> before = rules[g].scores();
      List<FieldScore> after = learned[g].scores();
      for (String field : List.of("bodies", "bodies.tasks")) {
        FieldScore b = strict(before, field);
        FieldScore a = strict(after, field);
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %.2f%% |%n", groups[g],
            field, 100 * b.micro().precision(), 100 * b.micro().recall(), 100 * b.micro().f1(),
            100 * a.micro().precision(), 100 * a.micro().recall(), 100 * a.micro().f1());
      }
    }

    List<LabelledItem> all = new ArrayList<>(silver);
    labelled.forEach(all::addAll);
    Files.createDirectories(out);
    Path file = out.resolve(SubjectFinder.RELATIVE.getFileName());
    try (OutputStream stream = Files.newOutputStream(file)) {
      SubjectFinder.train(all, iterations).write(stream);
    }
    System.out.printf(Locale.ROOT, "%nwrote %s (%,d bytes), trained on all %d labelled items%n", file, Files.size(file),
        all.size());
    return 0;
  }

  private static void score(AnnotatedPlan plan, PlanDocument extracted, Scorecard card) {
    JsonNode predicted = PlanJson.mapper().valueToTree(extracted);
    card.document(plan.name());
    new BodyScorer().score(new ScoredDocument(plan.name(), plan.gold(), predicted, extracted.workingText()), card);
  }

  private static FieldScore strict(List<FieldScore> scores, String field) {
    return scores.stream().filter(s -> s.field().equals(field) && s.matching() == Matching.STRICT).findFirst()
        .orElseThrow();
  }
}
