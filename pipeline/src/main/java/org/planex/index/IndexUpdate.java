package org.planex.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.planex.ingest.IngestException;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.pipeline.BatchInput;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.ParallelInputs;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;

/**
 * Brings the index up to date with files and folders: a file whose sha256 is already indexed under its path is
 * skipped, any other goes through the {@link Pipeline} (the one way a file becomes a document) — or, when it is
 * a document JSON that {@code planex process} wrote, is read as it is — and replaces its earlier block. With
 * {@code prune}, plans indexed from below the given folders whose file is gone are deleted. The index is committed
 * every {@code commitEvery} plans and at the end.
 */
public final class IndexUpdate {

  /** @param commitEvery plans between commits: fewer lose less work to a crash, more index faster */
  public record Options(int threads, boolean prune, int commitEvery) {}

  /** What one run did; every input is counted once in indexed, unchanged, skipped (not a plan) or failed. */
  public record Summary(int inputs, int indexed, int unchanged, int notPlans, int failed, int pruned,
      double seconds) {

    public String describe() {
      return String.format(Locale.ROOT,
          "%,d files in %.1f s: %,d indexed, %,d unchanged, %,d not plans, %,d failed, %,d pruned", inputs,
          seconds, indexed, unchanged, notPlans, failed, pruned);
    }
  }

  private final PlanIndexWriter index;
  private final Pipeline pipeline;
  private final Options options;

  public IndexUpdate(PlanIndexWriter index, Pipeline pipeline, Options options) {
    this.index = index;
    this.pipeline = pipeline;
    this.options = options;
  }

  /** The key a file is indexed under: its absolute, normalised path. */
  static String keyOf(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  public Summary run(List<Path> roots, Path indexFolder, PrintStream errors, boolean quiet)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    // The bookkeeping files of a 'planex process' output folder are not plans.
    List<BatchInput> inputs = InputCollector.collect(roots, indexFolder).inputs().stream()
        .filter(input -> !InputCollector.RESERVED.contains(String.valueOf(input.path().getFileName())))
        .toList();
    Progress progress = new Progress(System.err, Progress.stderrIsTerminal(), quiet, inputs.size());
    Map<String, String> indexed = index.indexedFiles();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger notPlans = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ParallelInputs.run(inputs, options.threads(), progress, input -> {
      Path file = input.path();
      String key = keyOf(file);
      try {
        String sha = LocalIngester.sha256(file);
        if (sha.equals(indexed.get(key))) {
          unchanged.incrementAndGet();
          return ParallelInputs.Outcome.SKIPPED;
        }
        PlanDocument plan = isJson(file) ? readProcessed(file) : pipeline.process(file);
        if (plan == null) {
          notPlans.incrementAndGet();
          return ParallelInputs.Outcome.SKIPPED;
        }
        if (indexed.containsKey(key)) {
          index.put(key, sha, plan);
        } else {
          index.add(key, sha, plan);
        }
        if (done.incrementAndGet() % options.commitEvery() == 0) {
          index.commit();
        }
        return ParallelInputs.Outcome.OK;
      } catch (IngestException e) {
        return fail(errors, failed, file, e.failure().key() + ": " + e.getMessage());
      } catch (IOException | RuntimeException e) {
        return fail(errors, failed, file, String.valueOf(e.getMessage()));
      }
    });
    int pruned = options.prune() ? prune(roots, inputs, indexed.keySet()) : 0;
    index.commit();
    progress.finish();
    return new Summary(inputs.size(), done.get(), unchanged.get(), notPlans.get(), failed.get(), pruned,
        (System.nanoTime() - started) / 1e9);
  }

  private static ParallelInputs.Outcome fail(PrintStream errors, AtomicInteger failed, Path file, String why) {
    failed.incrementAndGet();
    synchronized (errors) {
      errors.println("planex: " + file + ": " + why.replaceAll("\\s+", " "));
    }
    return ParallelInputs.Outcome.FAILED;
  }

  /** Deletes plans indexed from below one of {@code roots} whose file was not found this time. */
  private int prune(List<Path> roots, List<BatchInput> inputs, Set<String> indexedKeys) throws IOException {
    Set<String> present = new HashSet<>();
    inputs.forEach(input -> present.add(keyOf(input.path())));
    List<Path> folders = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    int pruned = 0;
    for (String key : indexedKeys) {
      Path path = Path.of(key);
      if (!present.contains(key) && folders.stream().anyMatch(path::startsWith)) {
        index.delete(key);
        pruned++;
      }
    }
    return pruned;
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** A document {@code planex process} wrote, or null when the JSON is something else (a summary, say). */
  private static PlanDocument readProcessed(Path file) throws IOException {
    JsonNode tree = PlanJson.mapper().readTree(Files.readString(file));
    JsonNode schema = tree == null ? null : tree.get("schema");
    if (schema == null || !schema.asText().startsWith("planex/") || !tree.has("source")) {
      return null;
    }
    return PlanJson.mapper().treeToValue(tree, PlanDocument.class);
  }
}
