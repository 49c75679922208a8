package org.planex.eval.gold;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One section of a gold plan, in document order; {@code level} gives the tree.
 *
 * @param firstWords the first words of the section's own text after its marker, which locate its start
 */
@JsonPropertyOrder({"number", "level", "heading", "label", "firstWords"})
public record GoldSection(String number, int level, String heading, String label, String firstWords) {}
