/**
 * The search index: one Lucene document per plan with its citations, body tasks, quotas and sections as child
 * documents in the same block; an exact (lower-cased) and an accent-folded copy of every text; document numbers
 * as keywords; facets. {@link org.planex.index.IndexUpdate} feeds it through the one {@code Pipeline},
 * {@link org.planex.index.PlanSearcher} answers queries.
 */
package org.planex.index;
