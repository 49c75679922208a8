package org.planex.diacritics;

/**
 * The words a line could be, position by position: the vocabulary ids of every candidate of a syllable to
 * restore, or the one id of a token kept as written (a marked syllable, a number, punctuation …), which still
 * gives the language model its context.
 *
 * @param emissions per position, a log10 score for each candidate that does not depend on its neighbours (what
 *     the letters' case says, see {@link CapitalizationModel}); a null row scores 0
 */
public record CandidateLattice(int[][] words, float[][] emissions) {

  public CandidateLattice(int[][] words) {
    this(words, new float[words.length][]);
  }

  public float emission(int position, int candidate) {
    float[] row = emissions[position];
    return row == null ? 0f : row[candidate];
  }

  public int length() {
    return words.length;
  }

  public int[] at(int position) {
    return words[position];
  }
}
