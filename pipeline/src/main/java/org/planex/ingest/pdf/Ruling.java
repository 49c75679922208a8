package org.planex.ingest.pdf;

/**
 * A horizontal or vertical line a page draws, in reading coordinates.
 *
 * @param position y of a horizontal ruling, x of a vertical one
 * @param start the smaller end along the line
 */
record Ruling(boolean horizontal, double position, double start, double end) {

  /** How far a line may lean and still count as horizontal or vertical. */
  private static final double SLANT = 1.0;

  /** The ruling between two points, or {@code null} when the segment is slanted or a dot. */
  static Ruling between(PageFrame.Point a, PageFrame.Point b) {
    double dx = Math.abs(a.x() - b.x());
    double dy = Math.abs(a.y() - b.y());
    if (dy <= SLANT && dx > dy) {
      return new Ruling(true, (a.y() + b.y()) / 2, Math.min(a.x(), b.x()), Math.max(a.x(), b.x()));
    }
    if (dx <= SLANT && dy > dx) {
      return new Ruling(false, (a.x() + b.x()) / 2, Math.min(a.y(), b.y()), Math.max(a.y(), b.y()));
    }
    return null;
  }

  double length() {
    return end - start;
  }
}
