package org.planex.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.AppendixRow;

/**
 * Recovers an appendix table from text where its cells were flattened one line after another (a PDF table read
 * as text): the header words run over a few lines from {@code TT} on, each row begins with its number alone on a
 * line, and each cell's wrapped lines follow. A line either continues the cell above or opens a later column's
 * cell ({@link CellBoundary}); a line that opens nothing after the last column starts a row without a number,
 * whose number and task are covered by the row above (merged cells).
 */
final class FlattenedTableReader {

  private static final Pattern HEADER_START = Pattern.compile("^s?tt(?:\\s|$)");
  private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?(?:\\s+(\\S.*))?$");
  /** How far below the appendix heading the header may start, and how many lines it may take. */
  private static final int HEADER_SEARCH = 12;
  private static final int HEADER_LINES = 16;

  private FlattenedTableReader() {}

  /** The table between lines {@code from} and {@code to}, or null when no header or no numbered row is found. */
  static TableRows read(List<TextLine> lines, int from, int to) {
    int header = -1;
    for (int i = from; i < Math.min(to, from + HEADER_SEARCH) && header < 0; i++) {
      if (HEADER_START.matcher(lines.get(i).folded()).find()) {
        header = i;
      }
    }
    if (header < 0) {
      return null;
    }
    StringBuilder words = new StringBuilder();
    int first = -1;
    for (int i = header; i < Math.min(to, header + HEADER_LINES) && first < 0; i++) {
      if (rowNumber(lines.get(i).text(), 1) != null) {
        first = i;
      } else {
        words.append(' ').append(lines.get(i).text());
      }
    }
    List<String> keys = first < 0 ? null : AppendixColumn.splitFlattened(words.toString());
    if (keys == null || !keys.contains(AppendixColumn.NUMBER) || !AppendixColumn.tasksTable(keys)) {
      return null;
    }
    List<AppendixRow> rows = rows(lines, first, to, keys);
    return new TableRows(keys, rows, lines.get(header).start(), rows.getLast().end());
  }

  private static List<AppendixRow> rows(List<TextLine> lines, int first, int to, List<String> keys) {
    int numberColumn = keys.indexOf(AppendixColumn.NUMBER);
    int taskColumn = keys.indexOf(AppendixColumn.TASK);
    List<AppendixRow> rows = new ArrayList<>();
    RowBuilder row = null;
    int column = -1;
    String previous = null;
    int expected = 1;
    for (int i = first; i < to; i++) {
      TextLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      Matcher number = rowNumber(line.text(), expected);
      if (number != null) {
        addTo(rows, row);
        row = new RowBuilder(keys, line);
        row.append(numberColumn, number.group(1), line);
        expected++;
        column = numberColumn;
        previous = null;
        if (number.group(2) == null) {
          continue;
        }
        // "1 Ban hành …": the task begins on the number's line
        column = taskColumn;
        previous = number.group(2);
        row.append(column, previous, line);
        continue;
      }
      String text = line.text();
      int next = column == numberColumn ? column + 1
          : previous != null && CellBoundary.continues(previous, text) ? column : opened(keys, column + 1, text);
      if (next < 0 && column == keys.size() - 1) {
        // past the last column: a row whose number and task are merged with the row above
        addTo(rows, row);
        row = new RowBuilder(keys, line);
        next = opened(keys, taskColumn + 1, text);
        next = next < 0 ? taskColumn + 1 : next;
      }
      column = next < 0 ? column : next;
      row.append(column, text, line);
      previous = text;
    }
    addTo(rows, row);
    return rows;
  }

  /** The first column from {@code from} on whose cells {@code text} can open, or -1. */
  private static int opened(List<String> keys, int from, String text) {
    for (int c = from; c < keys.size(); c++) {
      if (CellBoundary.opens(keys.get(c), text)) {
        return c;
      }
    }
    return -1;
  }

  private static Matcher rowNumber(String text, int expected) {
    Matcher m = ROW_NUMBER.matcher(text);
    return m.matches() && Integer.parseInt(m.group(1)) == expected ? m : null;
  }

  private static void addTo(List<AppendixRow> rows, RowBuilder row) {
    if (row != null) {
      rows.add(row.build());
    }
  }

  /** The cells of one row as its lines come. */
  private static final class RowBuilder {
    private final List<String> keys;
    private final StringBuilder[] cells;
    private final int start;
    private int end;

    RowBuilder(List<String> keys, TextLine first) {
      this.keys = keys;
      this.cells = new StringBuilder[keys.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = new StringBuilder();
      }
      this.start = first.start();
    }

    void append(int column, String text, TextLine line) {
      cells[column].append(cells[column].isEmpty() ? "" : " ").append(text);
      end = line.end();
    }

    AppendixRow build() {
      Map<String, String> named = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        named.put(keys.get(c), cells[c].toString().replaceAll("\\s+", " ").trim());
      }
      return new AppendixRow(named, start, end);
    }
  }
}
