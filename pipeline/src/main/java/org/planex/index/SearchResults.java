package org.planex.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the exact number of matches, one page of ranked hits, and facet counts over all
 * matches (every dimension present, possibly empty, largest count first).
 *
 * @param items {@code citations}, {@code bodies}, {@code quotas} or {@code sections}; null when plans were searched
 */
@JsonPropertyOrder({"query", "items", "total", "offset", "results", "facets"})
public record SearchResults(String query, String items, long total, int offset, List<SearchHit> results,
    Map<String, List<FacetCount>> facets) {}
