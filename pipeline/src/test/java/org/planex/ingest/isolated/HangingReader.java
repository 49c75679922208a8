package org.planex.ingest.isolated;

import java.nio.file.Path;
import java.util.Set;
import org.planex.ingest.DocumentReader;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;

/** A parser that never returns, as a broken one on a hostile file would: it spins without end. */
public final class HangingReader implements DocumentReader {

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/x-planex-test-hang");
  }

  @Override
  @SuppressWarnings("InfiniteLoopStatement")
  public RawDocument read(Path file, String mediaType, IngestLimits limits) {
    long spins = 0;
    while (true) {
      spins++;
      if (spins % 1_000_000_000L == 0) {
        Thread.onSpinWait();
      }
    }
  }
}
