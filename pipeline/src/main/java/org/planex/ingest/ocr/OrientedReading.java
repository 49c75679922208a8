package org.planex.ingest.ocr;

/**
 * Reads a page the right way up. A page read upright has most of its words confidently recognised; when the
 * first reading is poor, the page may be turned (a landscape scan, a sheet fed sideways), so the other three
 * quarter turns are read too and the most confident reading wins. Upright pages cost nothing extra.
 */
final class OrientedReading {

  /** Below this mean confidence a reading is doubted; clean upright pages score above 85. */
  static final double DOUBTFUL = 60;

  private OrientedReading() {}

  static RecognizedPage read(OcrEngine engine, int number, GreyImage image) {
    RecognizedPage best = engine.read(number, image, 0);
    if (best.confidence() >= DOUBTFUL) {
      return best;
    }
    for (int turn = 90; turn < 360; turn += 90) {
      RecognizedPage candidate = engine.read(number, image.rotated(turn), turn);
      if (score(candidate) > score(best)) {
        best = candidate;
      }
      if (best.confidence() >= DOUBTFUL) {
        break;
      }
    }
    return best;
  }

  /** Confidence weighted by how much was read: a turned page yields few, doubtful words. */
  private static double score(RecognizedPage page) {
    long chars = page.lines().stream().flatMap(l -> l.words().stream()).mapToLong(w -> w.text().length()).sum();
    return page.confidence() * Math.log1p(chars);
  }
}
