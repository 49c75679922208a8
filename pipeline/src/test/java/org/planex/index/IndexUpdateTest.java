package org.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.Corpus;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.pipeline.Pipeline;
import org.planex.text.AccentFolding;

/** The index kept up to date with a folder, and accents ranking what they match. */
class IndexUpdateTest {

  @TempDir
  Path dir;

  @Test
  void unchangedFilesAreSkippedChangedOnesReplacedAndRemovedOnesPruned() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path index = dir.resolve("index");
    Files.copy(Corpus.plan("tien-lang-19-KH-UBND.txt"), plans.resolve("tien-lang.txt"));
    Files.copy(Corpus.plan("hoi-an-2025-h2.txt"), plans.resolve("hoi-an.txt"));
    try (Pipeline pipeline = new Pipeline(new LocalIngester(IngestLimits.DEFAULT), Pipeline.standardStages())) {
      assertEquals(2, update(pipeline, plans, index, false).indexed());
      IndexUpdate.Summary again = update(pipeline, plans, index, false);
      assertEquals(0, again.indexed());
      assertEquals(2, again.unchanged());

      // Hội An's file now holds Tiên Điền's plan: re-indexed under the same path, the old plan gone.
      Files.copy(Corpus.plan("tien-dien-2025-q4.txt"), plans.resolve("hoi-an.txt"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.delete(plans.resolve("tien-lang.txt"));
      IndexUpdate.Summary pruned = update(pipeline, plans, index, true);
      assertEquals(1, pruned.indexed());
      assertEquals(1, pruned.pruned());
    }
    try (PlanSearcher searcher = PlanSearcher.open(index)) {
      assertEquals(1, searcher.plans());
      SearchResults all = searcher.search(SearchRequest.of(""));
      assertEquals(List.of(new FacetCount("xã Tiên Điền", 1)), all.facets().get("unit"));
    }
  }

  @Test
  void aQueryWithAccentsRanksThePlanSpellingThemFirstAndOneWithoutFindsBoth() throws Exception {
    PlanDocument plan;
    try (Pipeline pipeline = new Pipeline(new LocalIngester(IngestLimits.DEFAULT), Pipeline.standardStages())) {
      plan = pipeline.process(Corpus.plan("tien-lang-19-KH-UBND.txt"));
    }
    // The same plan as an OCR'd copy that lost every accent would read.
    String stripped = AccentFolding.fold(plan.text());
    PlanDocument lost = PlanJson.read(PlanJson.write(plan)).withText(stripped)
        .withSource(new org.planex.model.Source("stripped.txt", "0", "text/plain", null, null, 0, null));
    Path index = dir.resolve("index");
    try (PlanIndexWriter writer = new PlanIndexWriter(index)) {
      writer.put("/stripped.txt", "0", lost);
      writer.put("/accented.txt", "1", plan);
    }
    try (PlanSearcher searcher = PlanSearcher.open(index)) {
      SearchResults accented = searcher.search(SearchRequest.of("cải cách hành chính"));
      assertEquals(2, accented.total());
      assertEquals(plan.source().path(), accented.results().get(0).plan().path());
      assertTrue(accented.results().get(0).score() > accented.results().get(1).score());
      SearchResults bare = searcher.search(SearchRequest.of("\"cai cach hanh chinh\""));
      assertEquals(2, bare.total());
      assertEquals(2, searcher.search(SearchRequest.of("Tiên Lãng")).total());
      Snippet snippet = accented.results().get(1).snippets().get(0);
      String marked = snippet.text().substring(snippet.highlights().get(0).start(), snippet.highlights().get(0).end());
      assertTrue(List.of("cai", "cach", "hanh", "chinh").contains(marked.toLowerCase(java.util.Locale.ROOT)), marked);
    }
  }

  private static IndexUpdate.Summary update(Pipeline pipeline, Path plans, Path index, boolean prune)
      throws Exception {
    try (PlanIndexWriter writer = new PlanIndexWriter(index)) {
      return new IndexUpdate(writer, pipeline, new IndexUpdate.Options(1, prune, 10))
          .run(List.of(plans), index, new PrintStream(PrintStream.nullOutputStream()), true);
    }
  }
}
