/**
 * The PDF reader, built on PDFBox: text with its coordinates, tables found from their ruling lines.
 *
 * <p>For every page, {@link org.planex.ingest.pdf.GlyphStripper} collects the characters and
 * {@link org.planex.ingest.pdf.RulingCollector} the straight lines the page draws; the
 * {@link org.planex.ingest.pdf.PageAnalyzer} turns them into text lines and ruled tables (lattice mode,
 * {@link org.planex.ingest.pdf.TableGridBuilder}), and the {@link org.planex.ingest.pdf.PageBlockAssembler}
 * puts them in reading order as paragraphs whose lines carry their fill and indent, leaving the decision
 * which breaks are wraps to the normalisation chain.
 */
package org.planex.ingest.pdf;
