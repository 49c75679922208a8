package org.planex.diacritics;

/**
 * A syllable restoration changed, at {@code [start, end)} of the input. Restoring stripped text only changes
 * letters inside tokens, and an NFC Vietnamese letter is one {@code char} like the ASCII letter it came from,
 * so the offsets hold in the output too; repairing OCR damage may change a token's length ({@link
 * Restoration#restoredOffset}).
 *
 * @param margin log10 of how much more probable the best path is than the best path with any other candidate
 *     here (the max-marginal gap); infinite when there was no other candidate
 */
public record RestoredToken(int start, int end, String original, String restored, float margin) {

  /** The margin as a probability-like share of the best path against the runner-up, 0.5 to 1. */
  public double confidence() {
    return Float.isInfinite(margin) ? 1.0 : 1.0 / (1.0 + Math.pow(10, -margin));
  }
}
