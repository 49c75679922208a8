package org.planex.eval.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.gold.GoldValidator;
import org.planex.eval.gold.TrueText;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex eval}: every stage that exists, scored against the annotated corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the pipeline against the annotated corpus, field by field, and say which stages are "
        + "not built yet.",
        "Writes the report to eval/results/latest.json and eval/RESULTS.md (for the bundled corpus).",
        "Exit 1 with --check when a metric is below its floor in eval/floors.json, or with --validate when a "
            + "gold file has a problem."},
    subcommands = EvalCommand.HeldOut.class)
public final class EvalCommand implements Callable<Integer> {

  private static final Path BUNDLED = Path.of("corpus");

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Annotated corpus with plans/ and annotations/ (default: ${DEFAULT-VALUE}).")
  Path corpus = BUNDLED;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Write the report as JSON here (default for the bundled corpus: eval/results/latest.json).")
  Path json;

  @Option(names = "--markdown", paramLabel = "FILE",
      description = "Write the tables here (default for the bundled corpus: eval/RESULTS.md).")
  Path markdown;

  @Option(names = "--details", description = "List every miss and false hit per document.")
  boolean details;

  @Option(names = "--all-formats", description = "Score every rendering of each plan, not only its text file.")
  boolean allFormats;

  @Option(names = "--check", description = "Exit 1 if a metric is below its floor.")
  boolean check;

  @Option(names = "--raise-floors", description = "Raise each floor to what this run measured (never lowers "
      + "one) and add floors for newly measured metrics.")
  boolean raiseFloors;

  @Option(names = "--floors", paramLabel = "FILE", description = "Floors (default: ${DEFAULT-VALUE}).")
  Path floors = Path.of("eval/floors.json");

  @Option(names = "--heldout", paramLabel = "DIR",
      description = "Held-out diacritics text (default: ${DEFAULT-VALUE}).")
  Path heldOut = Path.of("eval/data/diacritics");

  @Option(names = "--shared-data", paramLabel = "DIR",
      description = "Training data, for held-out slices that cannot be shipped (default: ${DEFAULT-VALUE}, "
          + "used when present).")
  Path sharedData = Path.of("../shared/data");

  @Option(names = "--validate", description = "Only check the gold files against corpus/ANNOTATION.md and "
      + "their plans' text; exit 1 on any problem.")
  boolean validate;

  @Override
  public Integer call() throws Exception {
    AnnotatedCorpus annotated = AnnotatedCorpus.load(corpus);
    if (validate) {
      return validate(annotated);
    }
    long started = System.nanoTime();
    Report report;
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      EvalContext context = new EvalContext(annotated, ingester,
          Files.isDirectory(sharedData) ? sharedData : null, allFormats, details);
      report = new EvaluationRun(heldOut).run(context, corpus.toString());
    }
    String table = report.markdown();
    System.out.print(table);
    boolean bundled = corpus.normalize().equals(BUNDLED);
    writeIfAsked(json != null ? json : bundled ? Path.of("eval/results/latest.json") : null,
        PlanJson.mapper().writeValueAsString(report) + "\n");
    writeIfAsked(markdown != null ? markdown : bundled ? Path.of("eval/RESULTS.md") : null, table);
    System.out.printf("%nScored in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    if (raiseFloors) {
      Floors current = Files.exists(floors) ? Floors.read(floors) : new Floors(java.util.Map.of());
      current.raisedTo(report.metrics()).write(floors);
      System.out.println("Floors raised in " + floors + ".");
    }
    if (!check) {
      return 0;
    }
    boolean withSharedData = Files.isDirectory(sharedData);
    List<String> violations = Floors.read(floors).violations(report.metrics(),
        metric -> !withSharedData && HeldOutSlices.needsSharedData(metric));
    violations.forEach(v -> System.out.println("BELOW FLOOR " + v));
    System.out.println(violations.isEmpty() ? "Every floor in " + floors + " holds."
        : violations.size() + " metrics below their floors.");
    return violations.isEmpty() ? 0 : 1;
  }

  private static void writeIfAsked(Path file, String content) throws java.io.IOException {
    if (file == null) {
      return;
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".eval", ".tmp");
    Files.writeString(temp, content, StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static int validate(AnnotatedCorpus annotated) throws Exception {
    int bad = annotated.unreadable().size();
    annotated.unreadable().forEach(line -> System.out.println("unreadable: " + line));
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (AnnotatedPlan plan : annotated.plans()) {
        List<String> problems = GoldValidator.validate(plan.gold(), TrueText.of(plan, ingester));
        System.out.printf("%-32s %s%n", plan.name(), problems.isEmpty() ? "ok" : problems.size() + " problems");
        problems.forEach(p -> System.out.println("    " + p));
        bad += problems.isEmpty() ? 0 : 1;
      }
    }
    System.out.printf("%d gold files, %d with problems%n", annotated.plans().size() + annotated.unreadable().size(),
        bad);
    return bad == 0 ? 0 : 1;
  }

  /** {@code planex eval heldout}: cut the committed held-out slices from the training data. */
  @Command(name = "heldout", mixinStandardHelpOptions = true,
      description = "Write the held-out diacritics slices (whole documents left out of training) from the data.")
  static final class HeldOut implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Training data (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("eval/data/diacritics");

    @Override
    public Integer call() throws Exception {
      for (Path file : HeldOutSlices.build(data, out)) {
        System.out.println("wrote " + file + " (" + Files.readAllLines(file).size() + " lines)");
      }
      System.out.println("held-out laws: " + HeldOutSlices.heldOutLaws(data).stream()
          .map(p -> p.getFileName().toString()).toList());
      return 0;
    }
  }
}
