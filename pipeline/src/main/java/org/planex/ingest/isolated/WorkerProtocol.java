package org.planex.ingest.isolated;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.planex.model.PlanDocument;

/** The messages between the parent and an ingest worker: one JSON object per line each way. */
final class WorkerProtocol {

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
