/**
 * Ingestion: a file becomes a {@link org.planex.model.PlanDocument} with its {@code originalText}.
 *
 * <p>Like Tika's parsers, one {@link org.planex.ingest.DocumentReader} per format family turns bytes into a
 * {@link org.planex.ingest.RawDocument} (pages of paragraphs and tables); a chain of small
 * {@link org.planex.ingest.normalize.RawFilter}s then repairs it (legacy encodings, NFC, Markdown markup, page
 * furniture, hard wraps), and {@link org.planex.ingest.TextAssembler} lays it out as text. Untrusted parsing
 * runs in child JVMs ({@link org.planex.ingest.isolated.IsolatedIngester}) so a hang or a memory blow-up costs
 * one file, not the batch.
 */
package org.planex.ingest;
