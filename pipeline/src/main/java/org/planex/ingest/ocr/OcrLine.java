package org.planex.ingest.ocr;

import java.util.List;

/**
 * A text line as the engine found it: its words left to right and its baseline (pixels from the top).
 *
 * @param height the line's height from the top of its tallest letters to the baseline, in pixels
 */
public record OcrLine(List<OcrWord> words, int baseline, int height) {

  public OcrLine {
    words = List.copyOf(words);
  }
}
