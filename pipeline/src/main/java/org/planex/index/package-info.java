/**
 * The search index: one Lucene document per plan, and one per citation, body task, quota and section of it,
 * joined by the plan's id; an exact (lower-cased) and an accent-folded copy of every text; document numbers
 * as keywords; facets. {@link org.planex.index.IndexUpdate} feeds it through the one {@code Pipeline},
 * {@link org.planex.index.PlanSearcher} answers queries.
 */
package org.planex.index;
