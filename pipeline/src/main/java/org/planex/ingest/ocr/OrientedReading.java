package org.planex.ingest.ocr;

/**
 * Reads a page the right way up. Tesseract reads a page scanned sideways as columns of vertical words, often
 * confidently, and one upside down as doubtful gibberish: so when most words come out taller than wide, or the
 * reading is doubtful, the other quarter turns are read too and the best reading wins. Upright pages, whose words
 * are wide and confident, cost nothing extra.
 */
final class OrientedReading {

  /** Below this mean confidence a reading is doubted; clean upright pages score above 85. */
  static final double DOUBTFUL = 60;

  private OrientedReading() {}

  static RecognizedPage read(OcrEngine engine, int number, GreyImage image) {
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
