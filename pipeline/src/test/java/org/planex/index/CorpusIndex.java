package org.planex.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.planex.Corpus;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.pipeline.BatchRunner;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;

/**
 * The whole corpus processed once per test run (by the batch runner, as {@code planex process} does) and indexed
 * from its JSON (as {@code planex index} does): the search and web tests share it, since processing the corpus
 * is the slow part.
 */
public final class CorpusIndex {

  private static CorpusIndex shared;

  private final Path folder;
  private final List<PlanDocument> documents;

  private CorpusIndex(Path folder, List<PlanDocument> documents) {
    this.folder = folder;
    this.documents = documents;
  }

  public static synchronized CorpusIndex get() throws Exception {
    if (shared == null) {
      shared = build(Corpus.root().resolve("pipeline/target/corpus-index"));
    }
    return shared;
  }

  /** The index folder. */
  public Path folder() {
    return folder;
  }

  /** Every processed plan, read back from the JSON the batch wrote: what counts in the tests are made from. */
  public List<PlanDocument> documents() {
    return documents;
  }

  private static CorpusIndex build(Path work) throws Exception {
    deleteTree(work);
    Path json = work.resolve("json");
    Path index = work.resolve("index");
    int threads = Runtime.getRuntime().availableProcessors();
    try (Pipeline pipeline = new Pipeline(new LocalIngester(IngestLimits.DEFAULT), Pipeline.standardStages())) {
      InputCollector.Collected inputs = InputCollector.collect(List.of(Corpus.root().resolve("corpus/plans")), json);
      new BatchRunner(pipeline, new BatchRunner.Options(json, threads, false))
          .run(inputs, new Progress(System.err, false, true, inputs.inputs().size()));
      try (PlanIndexWriter writer = new PlanIndexWriter(index)) {
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        IndexUpdate.Summary summary = new IndexUpdate(writer, pipeline, new IndexUpdate.Options(threads, false, 20))
            .run(List.of(json), index, new PrintStream(errors, true, java.nio.charset.StandardCharsets.UTF_8), true);
        if (summary.failed() > 0) {
          throw new IllegalStateException("the corpus did not index: " + errors);
        }
      }
    }
    List<PlanDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(json)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.endsWith("summary.json")).sorted()
          .toList()) {
        documents.add(PlanJson.read(file));
      }
    }
    return new CorpusIndex(index, List.copyOf(documents));
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
