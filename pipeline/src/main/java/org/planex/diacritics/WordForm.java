package org.planex.diacritics;

/**
 * How training text writes a letter run that is no syllable, when it writes it with marks.
 *
 * @param written the lower-case spelling ({@code hđnd}, {@code panô})
 * @param margin log10 of how much more often it is written so than any other way (at most {@link #MAX_MARGIN})
 */
public record WordForm(String written, float margin) {

  public static final float MAX_MARGIN = 6f;

  static WordForm of(String written, int count, int total) {
    int others = total - count;
    float margin = others == 0 ? MAX_MARGIN : (float) Math.min(MAX_MARGIN, Math.log10((double) count / others));
    return new WordForm(written, margin);
  }
}
