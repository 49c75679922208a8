package org.planex.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.planex.model.PageSpan;
import org.planex.model.Warning;

/**
 * Warnings for the words OCR doubted, placed on the words in the assembled text so later stages (the
 * diacritics restorer above all) can tell which tokens to distrust. A word whose text changed in assembly
 * (re-joined across a line) keeps its warning without a position.
 */
public final class DoubtfulWords {

  /** At most this many words are warned about one by one; the rest are counted in one warning. */
  static final int MAX_WARNINGS = 200;

  private DoubtfulWords() {}

  /** @param pages where each page falls in {@code text} */
  public static List<Warning> warnings(OcrReading reading, String text, List<PageSpan> pages) {
    List<Warning> warnings = new ArrayList<>();
    int cursor = 0;
    int currentPage = -1;
    List<OcrReading.DoubtfulWord> words = reading.doubtful();
    for (int i = 0; i < words.size() && i < MAX_WARNINGS; i++) {
      OcrReading.DoubtfulWord word = words.get(i);
      PageSpan span = pages.stream().filter(p -> p.number() == word.page()).findFirst()
          .orElse(null);
      if (word.page() != currentPage) {
        currentPage = word.page();
        cursor = span == null ? 0 : span.start();
      }
      int end = span == null ? text.length() : span.end();
      int at = text.indexOf(word.text(), cursor);
      String message = String.format("page %d: '%s' read with confidence %.0f%%", word.page(), word.text(),
          word.confidence());
      if (at >= 0 && at + word.text().length() <= end) {
        cursor = at + word.text().length();
        warnings.add(new Warning("ingest", "ocr-low-confidence", message, at, cursor));
      } else {
        warnings.add(Warning.of("ingest", "ocr-low-confidence", message));
      }
    }
    if (words.size() > MAX_WARNINGS) {
      warnings.add(Warning.of("ingest", "ocr-low-confidence", String.format(
          "%d more words read with less than %.0f%% confidence", words.size() - MAX_WARNINGS,
          OcrReading.DOUBTFUL_WORD)));
    }
    return warnings;
  }
}
