package org.planex.web;

import java.util.List;
import org.planex.index.CommuneTables;

/** A table as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF line ends), for spreadsheets. */
final class CsvTable {

  private CsvTable() {}

  static String write(CommuneTables.Table table) {
    StringBuilder out = new StringBuilder();
    row(out, table.columns());
    table.rows().forEach(r -> row(out, r));
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      // A leading =, +, - or @ would be a formula to a spreadsheet: a quote mark keeps it text.
      if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
        cell = "'" + cell;
      }
      out.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }
}
