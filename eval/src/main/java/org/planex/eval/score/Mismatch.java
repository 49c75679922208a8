package org.planex.eval.score;

/**
 * One disagreement with the gold, for the per-document details.
 *
 * @param kind {@code miss} (gold value not found), {@code false hit} (predicted, not in gold) or {@code wrong}
 *     (matched item, wrong attribute)
 */
public record Mismatch(String field, String document, String kind, String gold, String predicted) {}
