package org.planex.diacritics;

import java.util.List;

/**
 * How likely each syllable is to be written in lower case, Capitalized or in CAPITALS, at the start of a
 * sentence and elsewhere: P(case | syllable, position), from training text. The language model reads lower
 * case only; this is the channel that lets the decoder hear what capitals say: a capitalized {@code Thieu} in
 * mid-sentence is far likelier the {@code Thiêu} of a place name than the common word {@code thiếu}. Where
 * every candidate is written alike (at a sentence start) the scores are flat and change nothing.
 */
public final class CapitalizationModel {

  public static final int LOWER = 0;
  public static final int CAPITALIZED = 1;
  public static final int CAPITALS = 2;
  static final int CASES = 3;
  static final int POSITIONS = 2;
  /** How many occurrences' weight the overall case distribution has in each syllable's (additive smoothing). */
  static final double PRIOR_WEIGHT = 4;

  private final float[] logProbs;

  CapitalizationModel(float[] logProbs) {
    this.logProbs = logProbs;
  }

  /** Estimated from counts indexed like {@link #index}. */
  static CapitalizationModel estimate(int[] counts, int vocabularySize) {
    double[] overall = new double[POSITIONS * CASES];
    for (int id = 0; id < vocabularySize; id++) {
      for (int i = 0; i < POSITIONS * CASES; i++) {
        overall[i] += counts[id * POSITIONS * CASES + i];
      }
    }
    for (int position = 0; position < POSITIONS; position++) {
      double total = 0;
      for (int c = 0; c < CASES; c++) {
        total += overall[position * CASES + c];
      }
      for (int c = 0; c < CASES; c++) {
        overall[position * CASES + c] = (overall[position * CASES + c] + 1) / (total + CASES);
      }
    }
    float[] logProbs = new float[vocabularySize * POSITIONS * CASES];
    for (int id = 0; id < vocabularySize; id++) {
      for (int position = 0; position < POSITIONS; position++) {
        double n = 0;
        for (int c = 0; c < CASES; c++) {
          n += counts[index(id, position == 0, c)];
        }
        for (int c = 0; c < CASES; c++) {
          int i = index(id, position == 0, c);
          logProbs[i] = (float) Math.log10((counts[i] + PRIOR_WEIGHT * overall[position * CASES + c])
              / (n + PRIOR_WEIGHT));
        }
      }
    }
    return new CapitalizationModel(logProbs);
  }

  static int index(int word, boolean sentenceStart, int letterCase) {
    return (word * POSITIONS + (sentenceStart ? 0 : 1)) * CASES + letterCase;
  }

  /** log10 P(case | word, position). */
  public float score(int word, boolean sentenceStart, int letterCase) {
    return logProbs[index(word, sentenceStart, letterCase)];
  }

  float[] logProbs() {
    return logProbs;
  }

  /** The case of a letter run: all capitals (two letters or more), a leading capital, or lower case. */
  static int caseOf(CharSequence text, TextToken token) {
    if (!Character.isUpperCase(text.charAt(token.start()))) {
      return LOWER;
    }
    if (token.end() - token.start() < 2) {
      return CAPITALIZED;
    }
    for (int i = token.start() + 1; i < token.end(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return CAPITALIZED;
      }
    }
    return CAPITALS;
  }

  /**
   * Whether each token stands where a capital is expected whatever the word: the line's first word, or a word
   * after sentence or list punctuation ({@code .}, {@code :}, {@code -}, {@code a)} …) or after a number.
   */
  static boolean[] sentenceStarts(CharSequence text, List<TextToken> tokens) {
    boolean[] starts = new boolean[tokens.size()];
    boolean start = true;
    for (int i = 0; i < tokens.size(); i++) {
      TextToken token = tokens.get(i);
      starts[i] = start;
      start = switch (token.kind()) {
        case WORD -> false;
        case NUMBER, SYMBOL, ADDRESS -> start;
        case PUNCTUATION -> ".!?:;-+*•()[]\"“”'…–—/".indexOf(text.charAt(token.start())) >= 0 || start;
      };
    }
    return starts;
  }
}
