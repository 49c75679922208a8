package org.planex.index;

/** How many results have one value of a facet. */
public record FacetCount(String value, long count) {}
