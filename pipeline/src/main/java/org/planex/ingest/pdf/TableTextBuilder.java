package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Fills a table grid with the text of the glyphs inside it: each glyph goes to the cell holding its centre
 * (the top-left cell, for a merged one), and a cell's lines are read top to bottom, joined by a space, by a
 * line break where a new paragraph or list item clearly starts, or by nothing where a symbol like
 * "HĐND-UBND" was cut at its hyphen.
 */
final class TableTextBuilder {

  /** Baselines this many font sizes apart are more than a line feed: a paragraph gap. */
  private static final double PARAGRAPH_GAP = 1.8;
  private static final Pattern ITEM_START = Pattern.compile("^[-–—+•●○▪■◦*]\\s");
  /** A dash after a line ending like this starts an item; otherwise it continues a name ("Văn hóa - Xã hội"). */
  private static final Pattern ITEM_END = Pattern.compile("[.;:!?]\\s*$");
  /** "HĐND-" at the end of a line and "UBND" at the start of the next are one symbol cut at its hyphen. */
  private static final Pattern SYMBOL_END = Pattern.compile("(?:^|\\s)[\\p{Lu}\\d/.]*\\p{Lu}[\\p{Lu}\\d/.]*-$");
  private static final Pattern SYMBOL_START = Pattern.compile("^[\\p{Lu}\\d][\\p{Lu}\\d/.-]*(?:$|[\\s,;.)])");

  private final LineBuilder lineBuilder = new LineBuilder();

  /** Rows of cell texts, every row as wide as the grid; empty rows at the top and bottom left out. */
  List<List<String>> rows(TableGrid grid, List<Glyph> glyphs) {
    Map<Integer, List<Glyph>> byCell = new TreeMap<>();
    for (Glyph g : glyphs) {
      byCell.computeIfAbsent(grid.cellAt(g.centreX(), g.centreY()), k -> new ArrayList<>()).add(g);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < grid.rows(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < grid.columns(); c++) {
        List<Glyph> cell = grid.isOwner(r, c) ? byCell.get(r * grid.columns() + c) : null;
        row.add(cell == null ? "" : cellText(cell));
      }
      rows.add(row);
    }
    while (!rows.isEmpty() && rows.getFirst().stream().allMatch(String::isEmpty)) {
      rows.removeFirst();
    }
    while (!rows.isEmpty() && rows.getLast().stream().allMatch(String::isEmpty)) {
      rows.removeLast();
    }
    return rows;
  }

  private String cellText(List<Glyph> glyphs) {
    // Upright text first; text turned sideways (a narrow header cell) after it.
    Map<Integer, List<Glyph>> byDirection = new TreeMap<>();
    for (Glyph g : glyphs) {
      byDirection.computeIfAbsent(g.direction(), k -> new ArrayList<>()).add(g);
    }
    StringBuilder text = new StringBuilder();
    for (List<Glyph> group : byDirection.values()) {
      TextLine previous = null;
      for (TextLine line : lineBuilder.build(group)) {
        if (!text.isEmpty()) {
          text.append(previous == null ? " " : separator(previous, line));
        }
        text.append(line.text());
        previous = line;
      }
    }
    return text.toString().strip();
  }

  private static String separator(TextLine previous, TextLine line) {
    String before = previous.text();
    String after = line.text();
    if (line.baseline() - previous.baseline() > PARAGRAPH_GAP * previous.size()
        || ITEM_START.matcher(after).find() && ITEM_END.matcher(before).find()) {
      return "\n";
    }
    return SYMBOL_END.matcher(before).find() && SYMBOL_START.matcher(after).find() ? "" : " ";
  }
}
