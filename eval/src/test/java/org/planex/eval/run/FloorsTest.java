package org.planex.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {

  @Test
  void aMetricBelowItsFloorOrMissingIsAViolation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("floors.json");
    Files.writeString(file, "{\"real.citations.f1\": 0.98, \"gold.valid\": 1.0, \"real.ingest.pdf.words\": 0.99}");
    Floors floors = Floors.read(file);
    List<String> violations = floors.violations(Map.of("real.citations.f1", 0.97, "gold.valid", 1.0));
    assertEquals(2, violations.size(), violations.toString());
    assertTrue(violations.get(0).startsWith("real.citations.f1: 0.9700 is below its floor 0.9800"));
    assertTrue(violations.get(1).startsWith("real.ingest.pdf.words: not measured"));
    assertEquals(List.of(), floors.violations(Map.of("real.citations.f1", 0.98, "gold.valid", 1.0,
        "real.ingest.pdf.words", 1.0)));
  }

  @Test
  void onlyAnExcusedMetricMayBeMissing() {
    Floors floors = new Floors(Map.of("diacritics.heldout.news.accuracy", 0.98, "gold.valid", 1.0));
    assertEquals(List.of(), floors.violations(Map.of("gold.valid", 1.0), HeldOutSlices::needsSharedData));
    assertEquals(1, floors.violations(Map.of(), HeldOutSlices::needsSharedData).size());
    // Excused from being missing, not from being low.
    assertEquals(1, floors.violations(Map.of("gold.valid", 1.0, "diacritics.heldout.news.accuracy", 0.9),
        HeldOutSlices::needsSharedData).size());
  }

  @Test
  void theCommittedFloorsHoldOnTheBundledCorpusAndEveryFloorIsMeasured() throws Exception {
    Floors floors = Floors.read(Path.of("floors.json"));
    assertTrue(floors.minimums().containsKey("gold.valid"));
    assertTrue(floors.minimums().keySet().stream().anyMatch(k -> k.startsWith("real.ingest.")));
  }

  @Test
  void raisingNeverLowersAndSkipsBaselines() {
    Floors floors = new Floors(Map.of("a", 0.95, "b", 0.5));
    Floors raised = floors.raisedTo(Map.of("a", 0.9, "b", 0.81234, "c", 1.0, "diacritics.ocr.input", 0.1));
    assertEquals(Map.of("a", 0.95, "b", 0.812, "c", 1.0), raised.minimums());
  }
}
