package org.planex.eval.score;

/** Scores one group of fields of a document into a scorecard, under both matchings. */
public interface FieldScorer {

  void score(ScoredDocument document, Scorecard card);
}
