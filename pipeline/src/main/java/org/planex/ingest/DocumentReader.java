package org.planex.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one family of formats into a {@link RawDocument}, as a Tika {@code Parser} does. Implementations
 * are found with {@link java.util.ServiceLoader}, so a new format needs no change elsewhere.
 */
public interface DocumentReader {

  /** The media types (without parameters) this reader takes. */
  Set<String> mediaTypes();

  /**
   * Reads {@code file}, detected as {@code mediaType}, within {@code limits}.
   *
   * @throws IngestException for a file that cannot be read, with its {@link IngestFailure}
   */
  RawDocument read(Path file, String mediaType, IngestLimits limits) throws IngestException, IOException;
}
