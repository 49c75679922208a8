/**
 * The segment stage: header metadata ({@link org.planex.segment.HeaderParser}, the province through the bundled
 * gazetteer of both eras in {@link org.planex.segment.ProvinceResolver}), the section tree
 * ({@link org.planex.segment.SectionTreeBuilder}), recipients, signature, and the task tables of the appendices
 * ({@link org.planex.segment.AppendixReader}: from ingested tables, delimited rows, or flattened text). A stage
 * reads the document earlier stages filled and returns it enriched; it never reaches into another stage's
 * package.
 */
package org.planex.segment;
