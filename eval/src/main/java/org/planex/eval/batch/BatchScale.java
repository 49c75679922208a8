package org.planex.eval.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.model.PlanJson;
import org.planex.pipeline.BatchRunner;
import org.planex.pipeline.BatchSummary;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;

/**
 * A batch at scale: a folder of generated plans in six formats plus every hostile file, processed as
 * {@code planex process} does, then checked so that each input is accounted for exactly once — a document
 * holding its own closing sentence, or the expected line in {@code errors.jsonl}.
 */
public final class BatchScale {

  /** What the run did and what the check found (empty {@code problems} means every file was accounted for). */
  public record Report(BatchSummary summary, int generated, int hostile, List<String> problems) {

    public String describe() {
      return String.format("%,d generated plans + %,d hostile files: %s%n%s", generated, hostile, summary.describe(),
          problems.isEmpty() ? "every file accounted for" : problems.size() + " problems: " + problems);
    }
  }

  private final PlanVariants variants;

  public BatchScale(PlanVariants variants) {
    this.variants = variants;
  }

  public Report run(Path workDir, int count, int threads, IngestLimits limits, PrintStream progressOut)
      throws IOException, InterruptedException {
    Path in = Files.createDirectories(workDir.resolve("in"));
    Path out = workDir.resolve("out");
    Map<String, String> markers = variants.write(in, count);
    Map<String, String> expectedErrors = HostileFiles.write(in);

    InputCollector.Collected collected = InputCollector.collect(List.of(in), out);
    BatchSummary summary;
    try (Pipeline pipeline = new Pipeline(new IsolatedIngester(limits), Pipeline.standardStages())) {
      Progress progress = progressOut == null
          ? new Progress(new PrintStream(new ByteArrayOutputStream()), false, true, 0)
          : new Progress(progressOut, false, false, collected.inputs().size());
      summary = new BatchRunner(pipeline, new BatchRunner.Options(out, threads, false)).run(collected, progress);
    }
    return new Report(summary, markers.size(), expectedErrors.size(), check(out, markers, expectedErrors));
  }

  private static List<String> check(Path out, Map<String, String> markers, Map<String, String> expectedErrors)
      throws IOException {
    List<String> problems = new java.util.ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
      var error = PlanJson.mapper().readTree(line);
      String name = Path.of(error.get("path").asText()).getFileName().toString();
      if (errors.put(name, error.get("error").asText()) != null) {
        problems.add(name + ": reported twice");
      }
    }
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> plan : markers.entrySet()) {
      Path json = out.resolve(plan.getKey() + ".json");
      if (!Files.exists(json)) {
        problems.add(plan.getKey() + ": no document (" + errors.get(plan.getKey()) + ")");
        continue;
      }
      String text = PlanJson.read(json).originalText();
      if (!text.contains(plan.getValue())) {
        problems.add(plan.getKey() + ": its closing sentence is missing");
      }
      seen.add(plan.getKey());
    }
    for (Map.Entry<String, String> hostile : expectedErrors.entrySet()) {
      String got = errors.get(hostile.getKey());
      if (!hostile.getValue().equals(got)) {
        problems.add(hostile.getKey() + ": expected " + hostile.getValue() + ", got " + got);
      }
      seen.add(hostile.getKey());
    }
    for (String name : errors.keySet()) {
      if (!seen.contains(name)) {
        problems.add(name + ": unexpected error " + errors.get(name));
      }
    }
    return problems;
  }
}
