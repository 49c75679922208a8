package org.planex.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.planex.model.Section;
import org.planex.text.AccentFolding;

/**
 * An appendix task table that reached the text flattened — one cell fragment per line, as a text export of a Word
 * table leaves it. A row starts at a line holding only its number; its first lines are the task, then the product
 * (a line with a quota, or a short noun such as "Kế hoạch"), then the chủ trì and phối hợp bodies (each starting with
 * a body's head word, wrapped fragments following), then the time. A row with several products repeats product,
 * bodies and time.
 */
final class FlatAppendixReader {

  private FlatAppendixReader() {}

  private static final Pattern ROW_NUMBER = Pattern.compile("^\\s*\\d{1,2}\\.?\\s*$");
  private static final Pattern TIME = Pattern.compile("(?i)^\\s*(?:truoc|cham nhat|trong|nam\\s+\\d{4}|quy\\s|thang\\s"
      + "|dinh ky|hang\\s|thuong xuyen|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4})");
  private static final Pattern QUOTA = Pattern.compile("(?i)\\d+\\s*(?:%|tin|hoi nghi|chuyen muc|luot|buoi|dot|lop)");

  private enum Part { TASK, LEAD, SUPPORT, TIME }

  static List<TaskRow> read(String text, List<Section> sections) {
    List<TaskRow> rows = new ArrayList<>();
    for (Section appendix : new SectionIndex(sections).topLevel("appendix")) {
      rows.addAll(rows(TextSpan.lines(text, appendix.start(), appendix.end())));
    }
    return rows;
  }

  private static List<TaskRow> rows(List<TextSpan> lines) {
    int i = 0;
    while (i < lines.size() && !folded(lines.get(i)).contains("thoi gian")) {
      i++;
    }
    List<TaskRow> rows = new ArrayList<>();
    List<TextSpan> pending = new ArrayList<>();
    String task = null;
    Map<Part, StringBuilder> cells = null;
    Part part = Part.TASK;
    int rowStart = -1;
    int rowEnd = -1;
    for (i = i + 1; i < lines.size(); i++) {
      TextSpan line = lines.get(i);
      String f = folded(line);
      boolean number = ROW_NUMBER.matcher(line.text()).matches();
      boolean body = (part != Part.TASK || !pending.isEmpty()) && BodyName.looksLikeBody(line.text())
          && !TIME.matcher(f).find();
      if (number || part == Part.TIME && !TIME.matcher(f).find() && !f.matches("^\\s*\\d.*")) {
        if (cells != null) {
          rows.add(row(task, cells, rowStart, rowEnd));
          if (!number) {
            pending.add(line);
            rowStart = line.start();
          }
          cells = null;
        }
        if (number) {
          pending.clear();
          task = null;
          rowStart = -1;
        }
        part = Part.TASK;
        continue;
      }
      if (part == Part.TASK && body) {
        String[] taskAndProduct = split(pending, task == null);
        task = task == null ? taskAndProduct[0] : task;
        cells = new HashMap<>();
        cells.put(Part.TASK, new StringBuilder(taskAndProduct[1]));
        part = Part.LEAD;
        pending.clear();
      } else if (part == Part.LEAD && body) {
        part = Part.SUPPORT;
      } else if ((part == Part.LEAD || part == Part.SUPPORT) && TIME.matcher(f).find()) {
        part = Part.TIME;
      }
      if (part == Part.TASK) {
        if (rowStart < 0) {
          rowStart = line.start();
        }
        pending.add(line);
      } else {
        cells.computeIfAbsent(part, p -> new StringBuilder()).append(' ').append(line.text().strip());
      }
      rowEnd = line.end();
    }
    if (cells != null) {
      rows.add(row(task, cells, rowStart, rowEnd));
    }
    return rows;
  }

  /** Task lines and product lines: the product starts at the first line with a quota, else it is a short last line. */
  private static String[] split(List<TextSpan> pending, boolean first) {
    int product = pending.size();
    for (int k = first ? 1 : 0; k < pending.size(); k++) {
      if (QUOTA.matcher(folded(pending.get(k))).find()) {
        product = k;
        break;
      }
    }
    if (product == pending.size() && first && pending.size() > 1
        && pending.getLast().text().strip().split("\\s+").length <= 4) {
      product = pending.size() - 1;
    }
    if (!first) {
      product = 0;
    }
    return new String[] {join(pending.subList(0, product)), join(pending.subList(product, pending.size()))};
  }

  private static TaskRow row(String task, Map<Part, StringBuilder> cells, int start, int end) {
    Map<String, String> out = new HashMap<>();
    out.put("task", task == null ? "" : task);
    out.put("product", cells.get(Part.TASK).toString().strip());
    out.put("lead", cell(cells, Part.LEAD));
    out.put("support", cell(cells, Part.SUPPORT));
    out.put("time", cell(cells, Part.TIME));
    return new TaskRow(out, start, end);
  }

  private static String cell(Map<Part, StringBuilder> cells, Part part) {
    StringBuilder value = cells.get(part);
    return value == null ? "" : value.toString().strip().replaceAll("\\s*-\\s+", " - ").replaceAll("\\s+", " ");
  }

  private static String join(List<TextSpan> lines) {
    return String.join(" ", lines.stream().map(l -> l.text().strip()).toList());
  }

  private static String folded(TextSpan line) {
    return AccentFolding.foldAligned(line.text()).toLowerCase(Locale.ROOT);
  }
}
