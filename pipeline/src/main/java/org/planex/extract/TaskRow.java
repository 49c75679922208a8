package org.planex.extract;

import java.util.Map;

/**
 * One row of an appendix task table, by column: {@code number}, {@code task}, {@code product}, {@code lead},
 * {@code support}, {@code time}. A cell merged from the row above repeats that row's value.
 *
 * @param start offset of the row's line in the extracted text, -1 when the row came from an ingested table whose
 *     lines are not in that text
 */
record TaskRow(Map<String, String> cells, int start, int end) {

  String cell(String column) {
    String value = cells.get(column);
    return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
  }
}
