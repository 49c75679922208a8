package org.planex.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planex.model.AppendixRow;
import org.planex.model.Table;

/**
 * Reads a table ingestion found in the source (DOCX, ODT, HTML, PDF) into named columns. Each of its rows is one
 * line of the text with tab-separated cells; the cells are taken from that line of the segmented text (which may
 * be the restored text) when it still has the row's width, else from the table as ingested.
 */
final class StructuredTableReader {

  private StructuredTableReader() {}

  /**
   * The table's rows, or null when its first row is not the header of a task table.
   *
   * @param firstLine where the table's first row begins in the segmented text, counted in lines
   * @param lineStarts offset of each line of the segmented text
   */
  static TableRows read(Table table, String text, int[] lineStarts, int firstLine) {
    if (table.rows().isEmpty()) {
      return null;
    }
    List<String> keys = table.rows().getFirst().stream().map(AppendixColumn::key).toList();
    if (!AppendixColumn.tasksTable(keys)) {
      return null;
    }
    List<AppendixRow> rows = new ArrayList<>();
    for (int r = 1; r < table.rows().size(); r++) {
      int line = firstLine + r;
      if (line >= lineStarts.length) {
        break;
      }
      int start = lineStarts[line];
      int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
      List<String> cells = List.of(text.substring(start, end).split("\t", -1));
      if (cells.size() != keys.size()) {
        cells = table.rows().get(r);
      }
      if (cells.equals(table.rows().getFirst()) || cells.stream().allMatch(String::isBlank)) {
        continue; // a header repeated on a new page, or a spacer row
      }
      Map<String, String> named = new LinkedHashMap<>();
      for (int c = 0; c < keys.size(); c++) {
        named.put(keys.get(c), c < cells.size() ? cells.get(c).replaceAll("\\s+", " ").trim() : "");
      }
      rows.add(new AppendixRow(named, start, end));
    }
    if (rows.isEmpty()) {
      return null;
    }
    int tableEnd = rows.getLast().end();
    return new TableRows(keys, rows, lineStarts[Math.min(firstLine, lineStarts.length - 1)], tableEnd);
  }
}
