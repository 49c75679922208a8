package org.planex.diacritics;

import java.util.List;

/**
 * One line made ready for decoding: its tokens, the lattice the decoder reads (one position per token) and the
 * positions restoration may change.
 *
 * @param stripped whether the line is taken as stripped of its diacritics (else nothing in it changes)
 */
record LinePlan(List<TextToken> tokens, CandidateLattice lattice, boolean[] open, boolean stripped) {

  boolean anyOpen() {
    for (boolean o : open) {
      if (o) {
        return true;
      }
    }
    return false;
  }
}
