package org.planex.eval.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.Metadata;

/** The bundled gold: every file valid, and the validator catching what a careless annotation does. */
class AnnotatedCorpusTest {

  private static final Path CORPUS = Path.of("..", "corpus");

  @Test
  void everyBundledGoldFileIsValid() throws Exception {
    AnnotatedCorpus corpus = AnnotatedCorpus.load(CORPUS);
    assertEquals(List.of(), corpus.unreadable());
    assertTrue(corpus.plans().size() >= 20, "the five seeds and at least 15 more plans are annotated");
    assertEquals(5, corpus.plans().stream().filter(p -> !p.gold().synthetic()).count());
    List<String> problems = new ArrayList<>();
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (AnnotatedPlan plan : corpus.plans()) {
        GoldValidator.validate(plan.gold(), TrueText.of(plan, ingester)).forEach(p -> problems.add(plan.name() + ": " + p));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void restoredOcrTextIsLineAlignedWithTheOcrFile() throws Exception {
    for (AnnotatedPlan plan : AnnotatedCorpus.load(CORPUS).plans()) {
      if (plan.restoredText().isPresent()) {
        List<String> ocr = Files.readAllLines(plan.primary());
        List<String> restored = Files.readAllLines(plan.restoredText().get());
        assertEquals(ocr.size(), restored.size(), plan.name());
        for (int i = 0; i < ocr.size(); i++) {
          assertEquals(ocr.get(i).isBlank(), restored.get(i).isBlank(), plan.name() + " line " + (i + 1));
        }
      }
    }
  }

  @Test
  void validatorReportsWhatACarelessAnnotationDoes() {
    GoldMetadata metadata = new GoldMetadata("KẾ HOẠCH", "19/KH UBND", null, "11/8/2025", null, null, null,
        new Metadata.Unit("huyện", "Tiên Lãng"), "tỉnh Hải Phòng", null, null, null, List.of());
    GoldDocument gold = new GoldDocument("x", false, metadata,
        List.of(new GoldSection("I.", 1, "MỤC ĐÍCH", "goal", "MỤC ĐÍCH"),
            new GoldSection("1.", 3, null, null, "Không có trong văn bản")),
        List.of(new GoldCitation("Nghị quyết", "76//NQ-CP", "2021-07-15", null, null),
            new GoldCitation("Quyết định", "19/KH UBND", null, null, null)),
        List.of(new org.planex.model.Body("Phòng Kinh tế", "chủ trì", List.of())), List.of(), List.of(), null, null);
    List<String> problems = GoldValidator.validate(gold, "I. MỤC ĐÍCH\n1. Mục đích");
    String all = String.join("\n", problems);
    for (String expected : List.of("metadata number not in canonical form", "metadata date", "unit type",
        "province: name only", "label: goal", "level 3 after level 1", "firstWords not in the text",
        "citation 76//NQ-CP: number not in canonical form", "role: chủ trì")) {
      assertTrue(all.contains(expected), "expected a problem about " + expected + " in:\n" + all);
    }
  }
}
