package org.planex.ingest.pdf;

import java.util.List;

/**
 * What one page shows, in reading coordinates: the text lines outside tables (top to bottom) and the tables.
 *
 * @param width the page width as read, which tells portrait from landscape pages
 * @param usableChars letters and digits the page's text layer holds; none means the page needs OCR
 * @param drawsImages whether the page paints an image (a scan, when it has no text)
 * @param failure why the page's content could not be read to the end, or {@code null}
 */
record PageLayout(int number, double width, List<TextLine> lines, List<PlacedTable> tables, int usableChars,
    boolean drawsImages, String failure) {

  /** A table's rows (merged cells expanded) and where it starts on the page. */
  record PlacedTable(double top, List<List<String>> rows) {
    PlacedTable {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  PageLayout {
    lines = List.copyOf(lines);
    tables = List.copyOf(tables);
  }

  static PageLayout empty(int number, double width) {
    return new PageLayout(number, width, List.of(), List.of(), 0, false, null);
  }

  /** Whether the page has a text layer worth reading; pages without one are candidates for OCR. */
  boolean hasUsableText() {
    return usableChars > 0;
  }
}
