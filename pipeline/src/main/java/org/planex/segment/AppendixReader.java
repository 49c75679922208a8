package org.planex.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.planex.model.AppendixTable;
import org.planex.model.Table;

/**
 * Reads the task tables of a plan's appendices (PHỤ LỤC): from the tables ingestion found when the source had
 * real table structure, else from rows of delimited cells in the text, else recovered from the flattened text
 * below each appendix heading.
 */
final class AppendixReader {

  private static final Pattern HEADING = Pattern.compile("^[#*\\s]*phu luc\\b");
  /** What follows "PHỤ LỤC" on its own line before the title: a number and a colon ("PHỤ LỤC 01:"). */
  private static final Pattern HEADING_PREFIX = Pattern.compile("^[#*\\s]*PHỤ LỤC\\s*(?:[0-9IVX]+(?!\\p{L}))?\\s*[:.\\-–]?\\s*");

  private AppendixReader() {}

  /**
   * @param tables the tables ingestion found, with offsets into {@code originalText}
   * @param originalText the text those offsets index; its lines are the segmented text's lines
   */
  static List<AppendixTable> read(String text, List<TextLine> lines, PlanParts parts, List<Table> tables,
      String originalText) {
    List<Integer> headings = headings(lines, parts);
    if (headings.isEmpty()) {
      return List.of();
    }
    int[] lineStarts = lineStarts(text);
    int[] originalStarts = originalText == null ? new int[0] : lineStarts(originalText);
    // Table offsets count lines of originalText: they hold for the segmented text only if its lines are the same.
    boolean sameLines = originalStarts.length == lineStarts.length;
    List<AppendixTable> out = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      int from = headings.get(h);
      int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
      int toOffset = to < lines.size() ? lines.get(to).start() : text.length() + 1;
      List<AppendixTable> found = new ArrayList<>();
      for (Table table : sameLines ? tables : List.<Table>of()) {
        int line = Math.max(0, lineOf(originalStarts, table.start()));
        int at = lineStarts[line];
        TableRows read = at > lines.get(from).start() && at < toOffset
            ? StructuredTableReader.read(table, text, lineStarts, line) : null;
        if (read != null) {
          found.add(table(lines, from, read));
        }
      }
      if (found.isEmpty()) {
        TableRows read = DelimitedTableReader.read(text, lines, from + 1, to);
        read = read != null ? read : FlattenedTableReader.read(lines, from + 1, to);
        if (read != null) {
          found.add(table(lines, from, read));
        }
      }
      out.addAll(found);
    }
    return out;
  }

  private static AppendixTable table(List<TextLine> lines, int heading, TableRows read) {
    return new AppendixTable(title(lines, heading, read.start()), read.headers(), read.rows(), read.start(),
        read.end());
  }

  /** The appendix's subject: the rest of the "PHỤ LỤC" line and the lines down to the table, not "(Kèm theo …)". */
  private static String title(List<TextLine> lines, int heading, int tableStart) {
    StringBuilder title = new StringBuilder(HEADING_PREFIX.matcher(lines.get(heading).text()).replaceFirst(""));
    for (int i = heading + 1; i < lines.size() && lines.get(i).start() < tableStart; i++) {
      String text = lines.get(i).text().replace("*", "").trim();
      if (!text.isEmpty() && !text.startsWith("(")) {
        title.append(title.isEmpty() ? "" : " ").append(text);
      }
    }
    String value = title.toString().replaceAll("\\s+", " ").trim();
    return value.isEmpty() ? null : value;
  }

  /** Lines starting an appendix: "PHỤ LỤC" in capitals, from the one the plan's parts found on. */
  private static List<Integer> headings(List<TextLine> lines, PlanParts parts) {
    int from = parts.appendix() >= 0 ? parts.appendix() : Math.max(0, parts.bodyEnd());
    List<Integer> headings = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (HEADING.matcher(line.folded()).find() && line.text().equals(line.text().toUpperCase())) {
        headings.add(i);
      }
    }
    return headings;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    int at = 0;
    while (at >= 0) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = at;
      int newline = text.indexOf('\n', at);
      at = newline < 0 ? -1 : newline + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  /** The index of the line holding {@code offset}. */
  private static int lineOf(int[] starts, int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }
}
