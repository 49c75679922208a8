package org.planex.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.planex.model.OcrInfo;

/**
 * What OCR contributed to a document: which pages were recognised, how confidently, and the words it doubted,
 * in page order, so they can be flagged in the text.
 */
public record OcrReading(OcrInfo info, List<DoubtfulWord> doubtful) {

  /** Words read with less than this confidence are reported as warnings. */
  public static final double DOUBTFUL_WORD = 60;

  /** A word the engine was unsure of. */
  public record DoubtfulWord(int page, String text, double confidence) {}

  public OcrReading {
    doubtful = List.copyOf(doubtful);
  }

  public static OcrReading of(TesseractLibrary library, List<RecognizedPage> pages) {
    List<OcrInfo.OcrPage> confidences = new ArrayList<>();
    List<DoubtfulWord> doubtful = new ArrayList<>();
    for (RecognizedPage page : pages) {
      confidences.add(new OcrInfo.OcrPage(page.number(), Math.round(page.confidence() * 10) / 10.0));
      for (OcrLine line : page.lines()) {
        for (OcrWord word : line.words()) {
          if (word.confidence() < DOUBTFUL_WORD) {
            doubtful.add(new DoubtfulWord(page.number(), word.text(), Math.round(word.confidence() * 10) / 10.0));
          }
        }
      }
    }
    return new OcrReading(new OcrInfo("tesseract " + library.version(), library.language(), confidences), doubtful);
  }
}
