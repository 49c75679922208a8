package org.planex.eval.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A seed's appendix table as kept in a tab-separated data file: the first row holds the column headings,
 * one table row per line, and {@value #CONTINUED} marks a position covered by the cell above it (a vertical
 * merge). Lines starting with {@code #} are comments.
 */
public final class AppendixTable {

  /** The marker of a grid position that the cell above merges over. */
  public static final String CONTINUED = "^";

  private final List<List<String>> rows;

  AppendixTable(List<List<String>> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an appendix table needs at least its heading row");
    }
    int width = rows.getFirst().size();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != width) {
        throw new IllegalArgumentException("row " + (r + 1) + " has " + row.size() + " cells, the heading row "
            + width);
      }
      for (int c = 0; c < width; c++) {
        if (CONTINUED.equals(row.get(c)) && (r <= 1 || rows.get(r - 1).get(c).isEmpty())) {
          // A merge continues a cell with text below the heading row; anything else is a typo in the file.
          throw new IllegalArgumentException("row " + (r + 1) + " column " + (c + 1) + " continues nothing");
        }
      }
    }
    this.rows = rows.stream().map(List::copyOf).toList();
  }

  public static AppendixTable read(Path tsv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    try {
      return new AppendixTable(rows);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(tsv + ": " + e.getMessage(), e);
    }
  }

  /** The rows as written in the file, {@value #CONTINUED} included. */
  public List<List<String>> rows() {
    return rows;
  }

  /** The cell texts in row-major order, covered positions left out: what a flattening of the table reads. */
  public String rowMajorText() {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      for (String cell : row) {
        if (!CONTINUED.equals(cell) && !cell.isEmpty()) {
          text.append(cell).append('\n');
        }
      }
    }
    return text.toString();
  }

  /**
   * Fails unless the table reads, word for word, like {@code flattened}, the seed's own lines for it: the data
   * file must neither invent nor lose any of the seed's content.
   */
  public void verify(String flattened, String seedName) {
    String difference = WordSequence.of(rowMajorText()).firstDifference(WordSequence.of(flattened));
    if (difference != null) {
      throw new IllegalStateException("the appendix table does not match the flattened appendix of " + seedName
          + " at " + difference);
    }
  }

  /** The table as laid out: the heading row bold and centred, merged cells spanning the rows they continue into. */
  public PlanLayout.Table toLayout(List<Double> widthsCm) {
    if (widthsCm.size() != rows.getFirst().size()) {
      throw new IllegalArgumentException(widthsCm.size() + " column widths for " + rows.getFirst().size()
          + " columns");
    }
    List<List<PlanLayout.Cell>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<PlanLayout.Cell> cells = new ArrayList<>();
      for (int c = 0; c < rows.get(r).size(); c++) {
        String text = rows.get(r).get(c);
        if (CONTINUED.equals(text)) {
          cells.add(PlanLayout.Cell.coveredByAbove());
          continue;
        }
        int span = 1;
        while (r + span < rows.size() && CONTINUED.equals(rows.get(r + span).get(c))) {
          span++;
        }
        boolean heading = r == 0;
        cells.add(new PlanLayout.Cell(text, span, false, heading, false, heading || c == 0));
      }
      out.add(cells);
    }
    return new PlanLayout.Table(out, widthsCm, true, 1);
  }
}
