package org.planex.model;

import java.util.List;

/**
 * A table as the source laid it out: rows of cell texts. A cell covered by a merge from the row above or
 * the cell to the left is an empty string, so every row of a table has the same width.
 *
 * @param page 1-based page the table starts on, when the format has pages
 * @param start offset of the table's first row in {@code originalText}, where each row is one line with
 *     cells separated by tabs
 */
public record Table(Integer page, int start, int end, List<List<String>> rows) {

  public Table {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
