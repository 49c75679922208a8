package org.planex.diacritics;

/**
 * What a decoder chose on a lattice.
 *
 * @param choices index into each position's candidates
 * @param margins per position, how much better (log10) the best path is than the best path through any other
 *     candidate at that position: infinite where there was no choice
 */
public record Decoding(int[] choices, float[] margins) {}
