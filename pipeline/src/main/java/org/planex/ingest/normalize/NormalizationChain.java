package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import org.planex.ingest.RawDocument;

/**
 * The repair chain every ingested document goes through, assembled like a Lucene {@code Analyzer}: legacy
 * font encodings, Unicode cleanup, Markdown markup (text formats only), layout tables, page furniture, tables cut by a page
 * break, and last the re-joining of wrapped lines.
 */
public final class NormalizationChain implements RawFilter {

  private final List<RawFilter> filters;

  private NormalizationChain(List<RawFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The chain for a document of {@code mediaType}. */
  public static NormalizationChain forMediaType(String mediaType) {
    List<RawFilter> filters = new ArrayList<>();
    filters.add(new LegacyEncodingFilter());
    filters.add(new UnicodeCleanupFilter());
    if (mediaType.startsWith("text/") && !mediaType.equals("text/html")) {
      filters.add(new MarkdownFilter());
    }
    filters.add(new LayoutTableFilter());
    filters.add(new PageFurnitureFilter());
    filters.add(new TableContinuationFilter());
    filters.add(new LineJoiner());
    return new NormalizationChain(filters);
  }

  @Override
  public RawDocument apply(RawDocument document) {
    RawDocument current = document;
    for (RawFilter filter : filters) {
      current = filter.apply(current);
    }
    return current;
  }
}
