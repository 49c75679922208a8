package org.planex.ingest.rtf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.planex.ingest.RawDocument.TableBlock;

/**
 * Collects the rows of one RTF table and lays them out on a common grid.
 *
 * <p>RTF gives a row's layout ({@code \trowd}, {@code \cellxN} right edges, merge flags) apart from its cells'
 * text, before the cells and, in Word's output, once more just before {@code \row}; the layout in force at
 * {@code \row} is the row's. The grid's columns are the distinct right edges of all rows, so a cell as wide as
 * two columns of another row spans both, and cells that continue a merge ({@code \clvmrg}, {@code \clmrg}) come
 * out empty: every row gets the table's full width, as {@link TableBlock} wants.
 */
final class RtfTableBuilder {

  /** Edges closer than this (in twips) are one: writers round the same edge differently from row to row. */
  private static final int EDGE_TOLERANCE = 20;

  /**
   * One cell of a row layout.
   *
   * @param right the {@code \cellxN} right edge in twips
   * @param covered whether the cell continues a merged cell above or to its left
   */
  record CellFormat(int right, boolean covered) {}

  /** A row layout: {@code \trleftN} and the cells' formats in order. */
  record RowFormat(int left, List<CellFormat> cells) {
    RowFormat {
      cells = List.copyOf(cells);
    }
  }

  private record Row(List<String> cells, RowFormat format) {}

  // The row layout being defined or in force.
  private int left;
  private final List<CellFormat> cellFormats = new ArrayList<>();
  private boolean covered;

  // The content read so far.
  private final StringBuilder cell = new StringBuilder();
  private List<String> cells = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  /** {@code \trowd}: a new row layout; the old one stays in force until then. */
  void startRowFormat() {
    left = 0;
    cellFormats.clear();
    covered = false;
  }

  /** {@code \trleftN}. */
  void rowLeft(int twips) {
    left = twips;
  }

  /** {@code \clvmrg} or {@code \clmrg}, for the cell whose {@code \cellx} comes next. */
  void coverNextCell() {
    covered = true;
  }

  /** {@code \cellxN}: closes the layout of one cell. */
  void cellRight(int twips) {
    cellFormats.add(new CellFormat(twips, covered));
    covered = false;
  }

  /** One paragraph of the cell being read. */
  void paragraph(String text) {
    if (text.isBlank()) {
      return;
    }
    if (!cell.isEmpty()) {
      cell.append('\n');
    }
    cell.append(text);
  }

  /** {@code \cell}. */
  void endCell() {
    cells.add(clean(cell));
    cell.setLength(0);
  }

  /** {@code \row}. */
  void endRow() {
    if (!cell.isEmpty()) {
      endCell(); // text after the last \cell: keep it rather than lose it
    }
    rows.add(new Row(cells, new RowFormat(left, cellFormats)));
    cells = new ArrayList<>();
  }

  boolean isEmpty() {
    return rows.isEmpty() && cells.isEmpty() && cell.isEmpty();
  }

  /** The table read so far, laid out, or {@code null} when it holds no text; the builder is then empty. */
  TableBlock finish() {
    if (!cells.isEmpty() || !cell.isEmpty()) {
      endRow(); // a row the file never closed
    }
    int[] edges = edges();
    List<List<String>> grid = new ArrayList<>();
    int width = edges.length;
    for (Row row : rows) {
      List<String> out = layOut(row, edges);
      width = Math.max(width, out.size());
      grid.add(out);
    }
    rows.clear();
    for (List<String> row : grid) {
      while (row.size() < width) {
        row.add("");
      }
    }
    // Blank rows before and after the text are layout, not data.
    while (!grid.isEmpty() && isBlank(grid.getFirst())) {
      grid.removeFirst();
    }
    while (!grid.isEmpty() && isBlank(grid.getLast())) {
      grid.removeLast();
    }
    return grid.isEmpty() ? null : new TableBlock(grid);
  }

  private static List<String> layOut(Row row, int[] edges) {
    List<String> out = new ArrayList<>();
    List<CellFormat> formats = row.format().cells();
    int next = 0;
    for (int i = 0; i < Math.max(row.cells().size(), formats.size()); i++) {
      String text = i < row.cells().size() ? row.cells().get(i) : "";
      if (i >= formats.size() && !formats.isEmpty() && text.isEmpty()) {
        continue; // an empty \cell beyond the row's layout (LibreOffice writes some after nested tables)
      }
      int first = next;
      int last = next;
      if (i < formats.size()) {
        int leftEdge = i == 0 ? row.format().left() : formats.get(i - 1).right();
        first = Math.max(next, i == 0 ? columnsAtOrLeftOf(edges, leftEdge) : columnOf(edges, leftEdge) + 1);
        last = Math.max(first, columnOf(edges, formats.get(i).right()));
        if (formats.get(i).covered()) {
          text = "";
        }
      }
      while (out.size() < first) {
        out.add("");
      }
      out.add(text);
      while (out.size() <= last) {
        out.add("");
      }
      next = last + 1;
    }
    return out;
  }

  /** The grid's column edges: every row's right edges, sorted, near-equal ones as one. */
  private int[] edges() {
    int[] all = rows.stream().flatMap(r -> r.format().cells().stream()).mapToInt(CellFormat::right).sorted()
        .toArray();
    int[] edges = new int[all.length];
    int n = 0;
    for (int edge : all) {
      if (n == 0 || edge > edges[n - 1] + EDGE_TOLERANCE) {
        edges[n++] = edge;
      }
    }
    return Arrays.copyOf(edges, n);
  }

  /** The column whose right edge is {@code edge}: the last grid edge at or left of it. */
  private static int columnOf(int[] edges, int edge) {
    return Math.max(0, columnsAtOrLeftOf(edges, edge) - 1);
  }

  private static int columnsAtOrLeftOf(int[] edges, int x) {
    int i = Arrays.binarySearch(edges, x);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static boolean isBlank(List<String> row) {
    return row.stream().allMatch(String::isBlank);
  }

  /** Each in-cell paragraph stripped, blank ones dropped, the rest one per line. */
  private static String clean(CharSequence text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.toString().split("\n")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        if (!out.isEmpty()) {
          out.append('\n');
        }
        out.append(p);
      }
    }
    return out.toString();
  }
}
