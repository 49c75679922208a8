package org.planex.eval.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.Citation;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.pipeline.Pipeline;

/**
 * A seed scanned to an image-only PDF goes through the whole pipeline into the same document as its
 * born-digital PDF: the same fields filled, the same header facts and sections, and the same cited documents.
 */
class ScannedSeedTest {

  @Test
  void theScannedMoLaoPlanYieldsTheDocumentOfItsBornDigitalTwin() throws Exception {
    Path root = corpusRoot();
    try (Pipeline pipeline = new Pipeline(new LocalIngester(IngestLimits.DEFAULT), Pipeline.standardStages())) {
      PlanDocument digital = pipeline.process(root.resolve("corpus/plans/mo-lao-2025.pdf"));
      PlanDocument scanned = pipeline.process(root.resolve("corpus/scanned/images/mo-lao-2025.scan.pdf"));

      assertNull(digital.source().ocr());
      assertNotNull(scanned.source().ocr());
      assertEquals(digital.source().pages(), scanned.source().ocr().pages().size(), "every page OCR'd");
      assertEquals(digital.stages(), scanned.stages());
      assertEquals(filledFields(digital), filledFields(scanned), "the same JSON shape");
      assertEquals(digital.metadata().issuer(), scanned.metadata().issuer());
      assertEquals(digital.metadata().title(), scanned.metadata().title());
      assertEquals(digital.metadata().date(), scanned.metadata().date());
      // Bold Roman section numbers are where OCR slips most ("III." read "II."): the count is compared.
      assertEquals(digital.sections().size(), scanned.sections().size(), headings(scanned).toString());
      assertFalse(digital.citations().isEmpty());
      assertEquals(citations(digital), citations(scanned), "the same documents cited");
    }
  }

  /** The top-level fields of the document's JSON that hold something. */
  private static Set<String> filledFields(PlanDocument document) throws Exception {
    Set<String> filled = new TreeSet<>();
    PlanJson.mapper().readTree(PlanJson.write(document)).properties().forEach(field -> {
      if (!field.getValue().isNull() && !(field.getValue().isContainerNode() && field.getValue().isEmpty())
          && !field.getKey().equals("warnings")) {
        filled.add(field.getKey());
      }
    });
    return filled;
  }

  private static List<String> headings(PlanDocument document) {
    return document.sections().stream().map(s -> s.number() + " " + s.heading()).toList();
  }

  private static Set<String> citations(PlanDocument document) {
    Set<String> ids = new TreeSet<>();
    for (Citation c : document.citations()) {
      ids.add(c.id());
    }
    return ids;
  }

  private static Path corpusRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("corpus/scanned"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("corpus/scanned not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
