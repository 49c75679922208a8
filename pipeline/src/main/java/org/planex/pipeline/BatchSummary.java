package org.planex.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What a batch run did: every input is counted in exactly one of ok, failed and skipped. */
@JsonPropertyOrder({"inputs", "ok", "failed", "skipped", "hiddenSkipped", "pages", "seconds", "filesPerSecond"})
public record BatchSummary(int inputs, int ok, int failed, int skipped, int hiddenSkipped, long pages,
    double seconds, double filesPerSecond) {

  public String describe() {
    return String.format("%,d files in %.1f s: %,d ok, %,d failed, %,d skipped (unchanged); %,d pages; %.1f files/s",
        inputs, seconds, ok, failed, skipped, pages, filesPerSecond);
  }
}
