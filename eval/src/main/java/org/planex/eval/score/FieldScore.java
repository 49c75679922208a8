package org.planex.eval.score;

/**
 * The score of one field under one matching, over a set of documents.
 *
 * @param kind whether the field is a set to find (precision/recall/F1) or a value to get right (accuracy)
 * @param micro counts summed over documents
 * @param macroPrecision mean over documents with anything to find or predicted
 * @param documents documents that took part in the macro averages
 */
public record FieldScore(String field, Matching matching, Kind kind, Counts micro, double macroPrecision,
    double macroRecall, double macroF1, int documents) {

  public enum Kind {
    /** Items found among others: precision, recall, F1. */
    SET,
    /** A value per item, right or wrong: accuracy = tp / (tp + fn). */
    ACCURACY
  }

  public double accuracy() {
    return micro.recall();
  }

  /** The one number a floor is set on: micro F1 for sets, accuracy otherwise. */
  public double headline() {
    return kind == Kind.SET ? micro.f1() : accuracy();
  }
}
