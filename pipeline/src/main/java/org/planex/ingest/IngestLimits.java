package org.planex.ingest;

import java.time.Duration;

/**
 * What one file may cost. Files beyond these are refused with a clear error instead of slowing or
 * sinking a batch.
 *
 * @param maxFileBytes largest input file accepted
 * @param maxChars most characters of text a file may yield
 * @param timeout wall-clock budget for reading one file (enforced by the isolated ingester)
 * @param workerHeapMb heap of each child JVM that parses files
 */
public record IngestLimits(long maxFileBytes, int maxChars, Duration timeout, int workerHeapMb) {

  public static final IngestLimits DEFAULT = new IngestLimits(256L << 20, 10_000_000, Duration.ofSeconds(120), 1024);

  public IngestLimits withTimeout(Duration value) {
    return new IngestLimits(maxFileBytes, maxChars, value, workerHeapMb);
  }
}
