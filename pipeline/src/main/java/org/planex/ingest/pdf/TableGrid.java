package org.planex.ingest.pdf;

import java.util.Arrays;

/**
 * The cell grid of a ruled table, in reading coordinates. A merged cell covers several grid cells; each grid
 * cell knows the top-left grid cell of the merge it belongs to, which is where the merged cell's text goes.
 */
final class TableGrid {

  private final double[] xs;
  private final double[] ys;
  private final int[] owner;

  /**
   * @param xs column boundaries, ascending
   * @param ys row boundaries, ascending (top to bottom)
   * @param owner for every grid cell (row-major), the index of the top-left cell of its merge
   */
  TableGrid(double[] xs, double[] ys, int[] owner) {
    this.xs = xs.clone();
    this.ys = ys.clone();
    this.owner = owner.clone();
  }

  int rows() {
    return ys.length - 1;
  }

  int columns() {
    return xs.length - 1;
  }

  double left() {
    return xs[0];
  }

  double right() {
    return xs[xs.length - 1];
  }

  double top() {
    return ys[0];
  }

  double bottom() {
    return ys[ys.length - 1];
  }

  boolean contains(double x, double y) {
    return x >= left() && x <= right() && y >= top() && y <= bottom();
  }

  boolean encloses(TableGrid other) {
    return other.left() >= left() - 1 && other.right() <= right() + 1 && other.top() >= top() - 1
        && other.bottom() <= bottom() + 1;
  }

  /** The owning cell (row-major index) of the point, which must lie inside the table. */
  int cellAt(double x, double y) {
    return owner[index(ys, y) * columns() + index(xs, x)];
  }

  /** Whether the grid cell at {@code row, column} is where a (possibly merged) cell's text goes. */
  boolean isOwner(int row, int column) {
    int i = row * columns() + column;
    return owner[i] == i;
  }

  private static int index(double[] bounds, double v) {
    int i = Arrays.binarySearch(bounds, v);
    int cell = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(bounds.length - 2, cell));
  }

  @Override
  public String toString() {
    return "TableGrid" + Arrays.toString(xs) + " x " + Arrays.toString(ys);
  }
}
