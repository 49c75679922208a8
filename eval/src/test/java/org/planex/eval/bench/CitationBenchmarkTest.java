package org.planex.eval.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the source citations ending phapdien's articles, on the first 3 million characters; skipped on a
 * fresh clone without {@code ../shared}.
 */
class CitationBenchmarkTest {

  private static Path data() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("corpus/plans"))) {
      dir = dir.getParent();
    }
    return dir == null ? null : dir.resolve(CitationBenchmark.DEFAULT_DATA).normalize();
  }

  @Test
  void nearlyEveryArticlesSourceCitationIsFound() throws Exception {
    Path data = data();
    assumeTrue(data != null && Files.isRegularFile(data), "../shared/data/legal/phapdien_dieu.txt not present");
    CitationBenchmark.Result result = CitationBenchmark.run(data, 1, 3_000_000);
    assertTrue(result.sourceLines() > 1_000, result::describe);
    assertTrue(result.coverage() >= 0.995, result::describe);
  }
}
