package org.planex.cli;

import java.time.Duration;
import org.planex.ingest.IngestLimits;
import picocli.CommandLine.Option;

/** The per-file limits, shared by every command that reads files. */
public final class IngestOptions {

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit to read one file (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = IngestLimits.DEFAULT.timeout().toSeconds();

  @Option(names = "--max-file-size", paramLabel = "MB", description = "Largest input file accepted (default: ${DEFAULT-VALUE}).")
  long maxFileMb = IngestLimits.DEFAULT.maxFileBytes() >> 20;

  @Option(names = "--max-chars", paramLabel = "N", description = "Most characters of text one file may yield (default: ${DEFAULT-VALUE}).")
  int maxChars = IngestLimits.DEFAULT.maxChars();

  @Option(names = "--worker-memory", paramLabel = "MB", description = "Heap of each parsing process (default: ${DEFAULT-VALUE}).")
  int workerMemoryMb = IngestLimits.DEFAULT.workerHeapMb();

  public IngestLimits limits() {
    if (timeoutSeconds < 1 || maxFileMb < 1 || maxChars < 1 || workerMemoryMb < 64) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "limits must be positive (and --worker-memory at least 64)");
    }
    return new IngestLimits(maxFileMb << 20, maxChars, Duration.ofSeconds(timeoutSeconds), workerMemoryMb);
  }
}
