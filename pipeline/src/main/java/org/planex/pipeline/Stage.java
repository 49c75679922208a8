package org.planex.pipeline;

import java.util.Set;
import org.planex.model.PlanDocument;

/**
 * One step after ingestion, as a CoreNLP annotator: it reads what earlier stages filled, returns the document
 * enriched with its own part, and says what it needs and what it adds so a pipeline can be checked when it
 * is built. Implementations are stateless or read-only, and shared across threads.
 */
public interface Stage {

  /** The name recorded in {@link PlanDocument#stages()}. */
  String name();

  /** Names of stages that must have run before this one ({@code ingest} always has). */
  Set<String> requires();

  PlanDocument apply(PlanDocument document);
}
