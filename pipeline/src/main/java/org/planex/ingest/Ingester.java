package org.planex.ingest;

import java.nio.file.Path;
import org.planex.model.PlanDocument;

/** Turns one file into a freshly ingested document: the first step of every pipeline. */
public interface Ingester extends AutoCloseable {

  /**
   * Reads {@code file}.
   *
   * @throws IngestException when the file cannot be read; the message is one line for the user
   */
  PlanDocument ingest(Path file) throws IngestException;

  @Override
  default void close() {}
}
