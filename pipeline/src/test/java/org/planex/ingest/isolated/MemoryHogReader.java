package org.planex.ingest.isolated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planex.ingest.DocumentReader;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;

/** A parser that keeps everything it allocates, as one unpacking a decompression bomb would. */
public final class MemoryHogReader implements DocumentReader {

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/x-planex-test-hog");
  }

  @Override
  public RawDocument read(Path file, String mediaType, IngestLimits limits) {
    List<long[]> kept = new ArrayList<>();
    while (kept.size() < Integer.MAX_VALUE) {
      kept.add(new long[1 << 20]);
    }
    throw new IllegalStateException("unreachable: " + kept.size());
  }
}
