package org.planex.eval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.eval.render.PdfWriter;
import org.planex.ingest.IngestLimits;

/**
 * A thousand generated plans in six formats, with every hostile file among them (empty, garbage, truncated and
 * password-protected PDFs, a zip-bomb DOCX, 50 MB of text, an archive, a dangling link): the batch runs to the
 * end and accounts for every file, each bad one with its own error.
 */
class BatchAtScaleTest {

  @Test
  void aThousandPlansAndTheHostileFilesAreAllAccountedFor(@TempDir Path work) throws Exception {
    assertTrue(Files.isDirectory(PdfWriter.FONT_DIR), "Liberation fonts missing: install fonts-liberation2 (./planex test does)");
    Path root = corpusRoot();
    PlanVariants variants = new PlanVariants(root.resolve("corpus/plans"), root.resolve("corpus/render"),
        PdfWriter.FONT_DIR);
    IngestLimits limits = new IngestLimits(256L << 20, 10_000_000, Duration.ofSeconds(60), 512);
    BatchScale.Report report = new BatchScale(variants).run(work, 1000, 2, limits, null);
    System.out.println(report.describe());
    assertEquals(1000, report.generated());
    assertTrue(report.problems().isEmpty(), report.describe());
    assertEquals(1000 + report.hostile(), report.summary().inputs());
    assertEquals(1000, report.summary().ok());
    assertEquals(report.hostile(), report.summary().failed());
  }

  private static Path corpusRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("corpus/plans"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
