package org.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.Section;
import org.planex.pipeline.Pipeline;

/**
 * {@code planex index} killed (SIGKILL) in the middle of a run, in a process of its own: the index it leaves
 * opens, holds only whole plans, and the next run indexes the rest and skips what was committed.
 */
class KilledIndexRunTest {

  private static final int COPIES = 12;

  @TempDir
  Path dir;

  @Test
  void aKilledRunLeavesWholePlansAndTheNextRunFinishesTheJob() throws Exception {
    Path json = CorpusIndex.get().folder().resolveSibling("json");
    Path plans = Files.createDirectories(dir.resolve("plans"));
    int total = 0;
    try (Stream<Path> files = Files.list(json)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")
          && !f.getFileName().toString().equals("summary.json")).toList()) {
        for (int copy = 0; copy < COPIES; copy++) {
          Files.copy(file, plans.resolve(copy + "-" + file.getFileName()));
          total++;
        }
      }
    }
    Path index = dir.resolve("index");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.planex.cli.Main",
        "index", plans.toString(), "--index", index.toString(), "--commit-every", "5", "--quiet")
        .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    try (FSDirectory directory = FSDirectory.open(Files.createDirectories(index))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!DirectoryReader.indexExists(directory) && run.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    run.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no closing commit
    int kept;
    try (PlanSearcher searcher = PlanSearcher.open(index)) {
      kept = searcher.plans();
      assertTrue(kept > 0 && kept < total, "killed after its first commit, before the last: " + kept + " of " + total);
      assertEveryPlanWhole(searcher);
    }
    try (Pipeline pipeline = new Pipeline(new LocalIngester(IngestLimits.DEFAULT), Pipeline.standardStages());
        PlanIndexWriter writer = new PlanIndexWriter(index)) {
      IndexUpdate.Summary next = new IndexUpdate(writer, pipeline, new IndexUpdate.Options(2, false, 50))
          .run(List.of(plans), index, new PrintStream(PrintStream.nullOutputStream()), true);
      assertEquals(kept, next.unchanged());
      assertEquals(total - kept, next.indexed());
    }
    try (PlanSearcher searcher = PlanSearcher.open(index)) {
      assertEquals(total, searcher.plans());
      assertEveryPlanWhole(searcher);
    }
  }

  /** Each plan has as many items of each kind as its own stored document lists. */
  private static void assertEveryPlanWhole(PlanSearcher searcher) throws Exception {
    SearchResults all = searcher.search(SearchRequest.of("").withLimit(SearchRequest.MAX_LIMIT));
    for (SearchHit hit : all.results()) {
      String id = hit.plan().id();
      PlanDocument plan = searcher.document(id).orElseThrow().document();
      assertEquals(plan.citations().size(), searcher.items(id, ItemKind.CITATION).size(), id);
      assertEquals(plan.quotas().size(), searcher.items(id, ItemKind.QUOTA).size(), id);
      assertEquals(count(plan.sections()), searcher.items(id, ItemKind.SECTION).size(), id);
      int tasks = plan.bodies().stream().mapToInt(b -> Math.max(1, b.tasks().size())).sum();
      List<JsonNode> items = new ArrayList<>(searcher.items(id, ItemKind.TASK));
      assertEquals(tasks, items.size(), id);
    }
  }

  private static int count(List<Section> sections) {
    return sections.stream().mapToInt(s -> 1 + count(s.children())).sum();
  }
}
