package org.planex.ingest.ocr;

import java.util.List;

/**
 * What the engine read on one page image: its lines top to bottom, as the engine ordered them.
 *
 * @param number the 1-based page number in its file
 * @param width page image width in pixels, at {@code dpi}
 * @param rotation clockwise quarter turns (in degrees) applied to the image to set its text upright
 */
public record RecognizedPage(int number, List<OcrLine> lines, int width, int height, int dpi, int rotation) {

  public RecognizedPage {
    lines = List.copyOf(lines);
  }

  /** Mean word confidence over the page, weighted by word length; 0 for a page with no words. */
  public double confidence() {
    double sum = 0;
    long chars = 0;
    for (OcrLine line : lines) {
      for (OcrWord word : line.words()) {
        sum += word.confidence() * word.text().length();
        chars += word.text().length();
      }
    }
    return chars == 0 ? 0 : sum / chars;
  }
}
