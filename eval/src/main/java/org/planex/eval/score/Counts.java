package org.planex.eval.score;

/** True positives, false positives and false negatives of one field, with the measures built on them. */
public record Counts(int tp, int fp, int fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** 1 when nothing was predicted: no false hit was made. */
  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** 1 when there was nothing to find. */
  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    if (tp + fp + fn == 0) {
      return 1.0;
    }
    return 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** Nothing to find and nothing predicted: such a document says nothing about the field. */
  public boolean isEmpty() {
    return tp + fp + fn == 0;
  }
}
