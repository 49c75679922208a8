package org.planex.diacritics;

/** Chooses one candidate per position of a lattice. Instances hold work buffers: one per thread. */
public interface LatticeDecoder {

  Decoding decode(CandidateLattice lattice);
}
