package org.planex.index;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences Lucene's one start-up notice (that the JDK's incubating vector API is not enabled): the commands'
 * output is their own, and the scalar code path is what the benchmarks measure.
 */
final class LuceneLogging {

  // Held strongly: java.util.logging keeps loggers only weakly, and a collected one forgets its level.
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    VECTORIZATION.setLevel(Level.SEVERE);
  }

  private LuceneLogging() {}

  /** Loads this class, which sets the level once. */
  static void quiet() {}
}
