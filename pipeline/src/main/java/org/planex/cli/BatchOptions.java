package org.planex.cli;

import picocli.CommandLine.Option;

/** How a command that works through many files runs: how many at once, and whether progress shows. */
public final class BatchOptions {

  @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Files processed at once (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress display.")
  boolean quiet;

  int threads() {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads must be at least 1");
    }
    return threads;
  }

  boolean quiet() {
    return quiet;
  }
}
