package org.planex.ingest.isolated;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.planex.model.PlanDocument;

/** The messages between the parent and an ingest worker: one JSON object per line each way. */
final class WorkerProtocol {

  /**
   * Starts every response line. The JVM itself may write to stdout (it reports an OutOfMemoryError there
   * before exiting), so lines without it are diagnostics, not answers.
   */
  static final String PREFIX = "@planex ";

  private WorkerProtocol() {}

  /** Ingest the file at {@code path} (absolute). */
  record Request(long id, String path) {}

  /** Either a document, or the failure key, message and exception class. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Response(long id, boolean ok, PlanDocument document, String error, String message, String exception) {

    static Response success(long id, PlanDocument document) {
      return new Response(id, true, document, null, null, null);
    }

    static Response failure(long id, String error, String message, String exception) {
      return new Response(id, false, null, error, message, exception);
    }
  }
}
