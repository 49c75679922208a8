package org.planex.ingest.ocr;

/**
 * What OCR may cost for one file, so that a huge scan fails with a clear error instead of running past the
 * time limit or the worker's heap. A page of A3 at 300 DPI is 17 megapixels; a plan runs to a few dozen pages.
 */
public final class OcrLimits {

  /** Pages of one file that may need OCR; a file with more is refused before any page is read. */
  public static final int MAX_PAGES = 60;
  /** Pixels one page image may have when read; larger images are read subsampled to fit. */
  public static final long MAX_PIXELS = 40_000_000L;
  /** Resolution image-only PDF pages are rendered at. */
  public static final int RENDER_DPI = 300;

  private OcrLimits() {}
}
