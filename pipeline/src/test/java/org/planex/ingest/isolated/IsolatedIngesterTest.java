package org.planex.ingest.isolated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.Corpus;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;

/** Parsing in child JVMs: same documents as in-process, and a hang or a heap blow-up costs one file only. */
class IsolatedIngesterTest {

  // Long enough for a worker to start and read a plan on a loaded 2-core machine, short enough for the hang test.
  private static final IngestLimits LIMITS = new IngestLimits(256L << 20, 10_000_000, Duration.ofSeconds(10), 128);

  @TempDir
  Path dir;

  @Test
  void givesTheSameDocumentAsInProcessIngestion() throws Exception {
    Path seed = Corpus.plan("viet-khe-2025-h2.txt");
    PlanDocument local = new LocalIngester(LIMITS).ingest(seed);
    try (IsolatedIngester isolated = new IsolatedIngester(LIMITS)) {
      PlanDocument forked = isolated.ingest(seed);
      assertEquals(local, forked);
    }
  }

  @Test
  void aHangingParserIsStoppedAtTheTimeLimitAndTheNextFileIsRead() throws Exception {
    Path hang = Files.write(dir.resolve("stuck.hang"), new byte[] {0, 1, 2, 3});
    try (IsolatedIngester isolated = new IsolatedIngester(LIMITS)) {
      long start = System.nanoTime();
      IngestException e = assertThrows(IngestException.class, () -> isolated.ingest(hang));
      double seconds = (System.nanoTime() - start) / 1e9;
      assertEquals(IngestFailure.TIMEOUT, e.failure());
      assertTrue(e.getMessage().contains("longer than 10 s"), e.getMessage());
      assertTrue(seconds < 30, "stopped after " + seconds + " s");
      PlanDocument next = isolated.ingest(Corpus.plan("mo-lao-2025.txt"));
      assertTrue(next.originalText().startsWith("KẾ HOẠCH"));
    }
  }

  @Test
  void aParserThatExhaustsItsHeapCostsOnlyItsFile() throws Exception {
    Path hog = Files.write(dir.resolve("bomb.hog"), new byte[] {0, 1, 2, 3});
    try (IsolatedIngester isolated = new IsolatedIngester(LIMITS.withTimeout(Duration.ofSeconds(60)))) {
      IngestException e = assertThrows(IngestException.class, () -> isolated.ingest(hog));
      assertEquals(IngestFailure.OUT_OF_MEMORY, e.failure());
      assertTrue(e.getMessage().contains("128 MB"), e.getMessage());
      assertTrue(isolated.ingest(Corpus.plan("phu-van-2025-h2.txt")).originalText().contains("Phù Vân"));
    }
  }
}
