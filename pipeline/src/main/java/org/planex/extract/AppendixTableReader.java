package org.planex.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Table;
import org.planex.text.AccentFolding;

/**
 * The rows of an appendix task table, from the tables ingestion kept (DOCX, HTML, PDF grids) or from tab- or
 * pipe-separated lines of a text file ({@code 1 | Nhiệm vụ | Sản phẩm | …}). Columns are named by their header cells.
 */
final class AppendixTableReader {

  private AppendixTableReader() {}

  /**
   * @param tablesIndexText whether the ingested tables' offsets index {@code text} (no restoration has rewritten it)
   */
  static List<TaskRow> read(String text, List<Table> tables, boolean tablesIndexText) {
    List<TaskRow> rows = new ArrayList<>();
    for (Table table : tables) {
      List<int[]> lines = tablesIndexText ? lineSpans(text, table.start(), table.rows().size()) : null;
      rows.addAll(rows(table.rows(), lines));
    }
    if (rows.isEmpty()) {
      rows.addAll(pipeRows(text));
    }
    return rows;
  }

  private static final Pattern EDGE_BAR = Pattern.compile("^\\||\\|$");
  private static final Pattern RULE = Pattern.compile("[\\s|:\\-]*");
  private static final Pattern ROW_START = Pattern.compile("(?<=\\S)\\s+(?=\\d{1,3}\\s*\\|)");

  private static List<TaskRow> pipeRows(String text) {
    List<List<String>> cells = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      end = end < 0 ? text.length() : end;
      String line = text.substring(i, end);
      if (line.chars().filter(c -> c == '\t').count() >= 3) {
        // A text file's tab-separated table: one row per line.
        cells.add(List.of(line.split("\t", -1)));
        spans.add(new int[] {i, end});
      } else if (line.chars().filter(c -> c == '|').count() >= 3) {
        // Re-joined hard wraps can put several rows on one line: a row starts at its number before a bar.
        Matcher row = ROW_START.matcher(line);
        int from = 0;
        while (from < line.length()) {
          int to = row.find() ? row.start() : line.length();
          String piece = EDGE_BAR.matcher(line.substring(from, to).strip()).replaceAll("");
          if (!RULE.matcher(piece).matches()) {
            cells.add(List.of(piece.split("\\|", -1)));
            spans.add(new int[] {i + from, i + to});
          }
          from = to;
        }
      }
      i = end + 1;
    }
    return rows(cells, spans);
  }

  private static List<TaskRow> rows(List<List<String>> table, List<int[]> spans) {
    List<TaskRow> rows = new ArrayList<>();
    Map<Integer, String> columns = null;
    Map<String, String> previous = Map.of();
    for (int r = 0; r < table.size(); r++) {
      List<String> row = table.get(r);
      Map<Integer, String> header = header(row);
      if (header.containsValue("task") && (header.containsValue("lead") || header.containsValue("time"))) {
        columns = header;
        previous = Map.of();
        continue;
      }
      if (columns == null) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      for (Map.Entry<Integer, String> column : columns.entrySet()) {
        String value = column.getKey() < row.size() ? row.get(column.getKey()).strip() : "";
        boolean merged = value.isEmpty() && !column.getValue().equals("product");
        cells.put(column.getValue(), merged ? previous.getOrDefault(column.getValue(), "") : value);
      }
      if (cells.values().stream().allMatch(String::isBlank)) {
        continue;
      }
      previous = cells;
      int[] span = spans != null && r < spans.size() ? spans.get(r) : new int[] {-1, -1};
      rows.add(new TaskRow(cells, span[0], span[1]));
    }
    return rows;
  }

  private static Map<Integer, String> header(List<String> row) {
    Map<Integer, String> columns = new HashMap<>();
    for (int c = 0; c < row.size(); c++) {
      String h = AccentFolding.fold(row.get(c)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      String name = h.matches("s?tt") ? "number"
          : h.contains("chu tri") ? "lead"
          : h.contains("phoi hop") ? "support"
          : h.contains("nhiem vu") || h.contains("noi dung") || h.contains("hoat dong") ? "task"
          : h.contains("san pham") || h.contains("ket qua") ? "product"
          : h.contains("thoi gian") || h.contains("thoi han") || h.contains("tien do") ? "time" : null;
      if (name != null && !columns.containsValue(name)) {
        columns.put(c, name);
      }
    }
    return columns;
  }

  private static List<int[]> lineSpans(String text, int from, int count) {
    List<int[]> spans = new ArrayList<>();
    int i = from;
    for (int k = 0; k < count && i <= text.length(); k++) {
      int end = text.indexOf('\n', i);
      end = end < 0 ? text.length() : end;
      spans.add(new int[] {i, end});
      i = end + 1;
    }
    return spans;
  }
}
