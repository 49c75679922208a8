package org.planex.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.planex.model.AppendixRow;

/**
 * Reads a table written in the text as one line per row with delimited cells — tab-separated, or a Markdown
 * pipe table ({@code | TT | Nhiệm vụ | … |}) — when ingestion recorded no table for it (plain text sources).
 */
final class DelimitedTableReader {

  private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-{3,}.*");
  /** How far below the appendix heading the header row may be. */
  private static final int HEADER_SEARCH = 12;

  private DelimitedTableReader() {}

  /** The table between lines {@code from} and {@code to}, or null when no delimited task-table header is found. */
  static TableRows read(String text, List<TextLine> lines, int from, int to) {
    for (int i = from; i < Math.min(to, from + HEADER_SEARCH); i++) {
      List<String> header = cells(raw(text, lines.get(i)));
      List<String> keys = header.stream().map(AppendixColumn::key).toList();
      if (header.size() >= 3 && AppendixColumn.tasksTable(keys)) {
        return rows(text, lines, i, to, keys);
      }
    }
    return null;
  }

  private static TableRows rows(String text, List<TextLine> lines, int header, int to, List<String> keys) {
    List<AppendixRow> rows = new ArrayList<>();
    for (int i = header + 1; i < to; i++) {
      TextLine line = lines.get(i);
      if (MARKDOWN_RULE.matcher(line.text()).matches()) {
        continue;
      }
      List<String> cells = cells(raw(text, line));
      if (cells.size() < 2) {
        break; // the table ends at the first line that is not a row
      }
      Map<String, String> named = new LinkedHashMap<>();
      for (int c = 0; c < keys.size(); c++) {
        named.put(keys.get(c), c < cells.size() ? cells.get(c) : "");
      }
      rows.add(new AppendixRow(named, line.start(), line.end()));
    }
    return rows.isEmpty() ? null : new TableRows(keys, rows, lines.get(header).start(), rows.getLast().end());
  }

  /** The line with the blanks {@link TextLine} trimmed: leading tabs are empty cells. */
  private static String raw(String text, TextLine line) {
    int start = text.lastIndexOf('\n', line.start() - 1) + 1;
    int end = text.indexOf('\n', line.end());
    return text.substring(start, end < 0 ? text.length() : end).replace("\r", "");
  }

  /** The cells of a delimited row; one cell when the line has no delimiter. */
  private static List<String> cells(String line) {
    String row = line.indexOf('\t') >= 0 ? line : line.strip();
    if (row.startsWith("|") && row.endsWith("|") && row.length() > 1) {
      row = row.substring(1, row.length() - 1);
    } else if (row.indexOf('\t') < 0 || row.isBlank()) {
      return List.of(row);
    }
    String delimiter = row.indexOf('\t') >= 0 ? "\t" : "\\|";
    return Arrays.stream(row.split(delimiter, -1)).map(c -> c.replaceAll("\\s+", " ").strip()).toList();
  }
}
