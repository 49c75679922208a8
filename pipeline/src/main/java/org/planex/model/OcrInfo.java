package org.planex.model;

import java.util.List;

/**
 * How the text of OCR'd pages was obtained.
 *
 * @param engine e.g. {@code tesseract 5.3.0}
 * @param language the trained data used, e.g. {@code vie}
 * @param pages the 1-based numbers of the pages that were recognised, with their mean word confidence
 */
public record OcrInfo(String engine, String language, List<OcrPage> pages) {

  public OcrInfo {
    pages = List.copyOf(pages);
  }

  /** One recognised page and its mean word confidence in [0, 100]. */
  public record OcrPage(int page, double confidence) {}
}
