package org.planex.ingest.pdf;

import java.util.List;

/**
 * The left and right edges of the body text column, against which a line's fill and indent are measured.
 */
record ColumnBounds(double left, double right) {

  /** Below this many lines every line counts; above, the outermost few are ignored as strays. */
  private static final int ROBUST_FROM = 20;
  private static final double STRAY_SHARE = 0.05;

  /** The column of these lines, or {@code null} when there are none. */
  static ColumnBounds of(List<TextLine> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    double[] lefts = lines.stream().mapToDouble(TextLine::left).sorted().toArray();
    double[] rights = lines.stream().mapToDouble(TextLine::right).sorted().toArray();
    int skip = lines.size() >= ROBUST_FROM ? (int) (lines.size() * STRAY_SHARE) : 0;
    double left = lefts[skip];
    double right = rights[rights.length - 1 - skip];
    return right - left < 1 ? null : new ColumnBounds(left, right);
  }

  /** How far the line reaches towards the right edge: 0 at the left edge, 1 at the right. */
  double fill(TextLine line) {
    return round(Math.max(0, Math.min(1, (line.right() - left) / (right - left))));
  }

  /** How far the line starts in from the left edge, in its font size. */
  double indent(TextLine line) {
    return round((line.left() - left) / line.size());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
