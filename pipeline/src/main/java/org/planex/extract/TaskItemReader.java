package org.planex.extract;

import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Section;
import org.planex.text.AccentFolding;

/**
 * Task items written out of a table: a numbered item whose lines say "Cơ quan chủ trì: X", "Cơ quan phối hợp: Y",
 * "Thời gian thực hiện: T" (or "Chủ trì: X; phối hợp: Y" on one line). Each item reads as one appendix row; its task
 * is the item's first plain line, or its heading when it has none.
 */
final class TaskItemReader {

  private TaskItemReader() {}

  private static final Pattern LABEL = Pattern.compile(
      "^(?:co quan |don vi )?(chu tri|phoi hop|thoi gian(?: thuc hien| hoan thanh)?|thoi han|san pham|hinh thuc)\\s*:\\s*");

  static List<TaskRow> read(String text, List<Section> sections) {
    List<TaskRow> rows = new ArrayList<>();
    for (SectionIndex.Entry entry : new SectionIndex(sections).entries()) {
      TaskRow row = item(text, entry.section());
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static TaskRow item(String text, Section section) {
    int childStart = section.children().isEmpty() ? section.end() : section.children().get(0).start();
    List<TextSpan> lines = TextSpan.lines(text, section.start(), section.end());
    if (lines.isEmpty()) {
      return null;
    }
    Map<String, String> cells = new HashMap<>();
    TextSpan task = null;
    for (TextSpan line : lines.subList(1, lines.size())) {
      TextSpan plain = line.asTask();
      boolean labelled = false;
      for (String part : plain.text().split(";\\s*")) {
        Matcher m = LABEL.matcher(AccentFolding.fold(part).toLowerCase(Locale.ROOT));
        if (m.find()) {
          labelled = true;
          String column = switch (m.group(1).substring(0, 4)) {
            case "chu " -> "lead";
            case "phoi" -> "support";
            case "san " -> "product";
            case "hinh" -> "form";
            default -> "time";
          };
          cells.put(column, part.substring(m.end()).replaceAll("[.;]+$", "").strip());
        }
      }
      if (!labelled && task == null && !line.hasMarker() && line.start() < childStart) {
        task = plain;
      }
    }
    if (!cells.containsKey("lead")) {
      return null;
    }
    if (task == null) {
      task = lines.get(0).asTask();
    }
    cells.put("task", task.text());
    // The whole item is the row: its time and product lines bind to its bodies.
    return new TaskRow(cells, section.start(), section.end());
  }
}
