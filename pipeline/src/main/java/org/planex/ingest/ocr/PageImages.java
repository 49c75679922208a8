package org.planex.ingest.ocr;

import java.io.IOException;

/** The page images of one file, produced one at a time so that only a few are in memory at once. */
public interface PageImages {

  /** How many pages there are. */
  int count();

  /** The 1-based number of the {@code index}-th page in its file. */
  int number(int index);

  /** Decodes or renders the {@code index}-th page. Called from one thread, in order. */
  GreyImage image(int index) throws IOException;
}
