package org.planex.diacritics;

import java.util.Arrays;

/**
 * The baseline decoder: at each position the candidate seen most often in training text, whatever its
 * neighbours. What the language model adds is measured against it.
 */
final class MostFrequentFormDecoder implements LatticeDecoder {

  private final int[] counts;

  MostFrequentFormDecoder(int[] counts) {
    this.counts = counts;
  }

  @Override
  public Decoding decode(CandidateLattice lattice) {
    int[] choices = new int[lattice.length()];
    for (int i = 0; i < choices.length; i++) {
      int[] words = lattice.at(i);
      for (int c = 1; c < words.length; c++) {
        if (counts[words[c]] > counts[words[choices[i]]]) {
          choices[i] = c;
        }
      }
    }
    float[] margins = new float[choices.length];
    Arrays.fill(margins, Float.POSITIVE_INFINITY);
    return new Decoding(choices, margins);
  }
}
