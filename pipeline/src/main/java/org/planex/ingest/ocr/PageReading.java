package org.planex.ingest.ocr;

/**
 * Reads a page the right way up and, when the reading is doubtful, again without specks, keeping the more
 * confident reading (the despeckled one on the noisy fixture; see eval/RESULTS.md). Tesseract reads a page scanned sideways as columns of vertical words, often
 * confidently, and one upside down as doubtful gibberish: so when most words come out taller than wide, or the
 * reading is doubtful, the other quarter turns are read too and the best reading wins. Upright pages, whose words
 * are wide and confident, cost nothing extra.
 */
final class PageReading {

  /** Below this mean confidence a reading is doubted; clean upright pages score above 85. */
  static final double DOUBTFUL = 60;
  /** Below this mean confidence a page may be dirty: clean scans of the fixtures score 94–96. */
  static final double CLEAN = 90;

  private PageReading() {}

  static RecognizedPage read(OcrEngine engine, int number, GreyImage image) {
    RecognizedPage best = upright(engine, number, image);
    if (best.confidence() < CLEAN && best.confidence() > 0) {
      RecognizedPage cleaned = engine.read(number, Despeckle.apply(image.rotated(best.rotation())), best.rotation());
      if (cleaned.confidence() > best.confidence()) {
        best = cleaned;
      }
    }
    return best;
  }

  private static RecognizedPage upright(OcrEngine engine, int number, GreyImage image) {
    RecognizedPage best = engine.read(number, image, 0);
    if (best.confidence() >= DOUBTFUL && uprightShare(best) >= 0.5) {
      return best;
    }
    for (int turn : new int[] {270, 90, 180}) {
      RecognizedPage candidate = engine.read(number, image.rotated(turn), turn);
      if (score(candidate) > score(best)) {
        best = candidate;
      }
      if (best.confidence() >= DOUBTFUL && uprightShare(best) >= 0.5) {
        break;
      }
    }
    return best;
  }

  /** The share of words of three letters or more whose box is wider than tall, as upright text has. */
  static double uprightShare(RecognizedPage page) {
    long words = 0;
    long wide = 0;
    for (OcrLine line : page.lines()) {
      for (OcrWord word : line.words()) {
        if (word.text().codePointCount(0, word.text().length()) >= 3) {
          words++;
          wide += word.right() - word.left() >= word.bottom() - word.top() ? 1 : 0;
        }
      }
    }
    return words == 0 ? 1 : (double) wide / words;
  }

  /** Confidence weighted by how much was read upright: a turned page yields few, doubtful or tall words. */
  private static double score(RecognizedPage page) {
    long chars = page.lines().stream().flatMap(l -> l.words().stream()).mapToLong(w -> w.text().length()).sum();
    return page.confidence() * Math.log1p(chars) * uprightShare(page);
  }
}
