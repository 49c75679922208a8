package org.planex.ingest.pdf;

/**
 * A character placed on a page as it is read. The extent and baseline are measured along its own text
 * direction (for upright text, the reading coordinates themselves); the centre is in reading coordinates.
 *
 * @param direction 0 for upright text, 90/180/270 for text rotated clockwise by that much
 * @param order position in the page's content stream, which settles ties in position
 */
record Glyph(String text, double x0, double x1, double baseline, double size, double spaceWidth, int direction,
    double centreX, double centreY, int order) {

  private static final double ASCENT = 0.8;
  private static final double DESCENT = 0.2;

  static Glyph place(TextChar c, PageFrame frame, int direction, int order) {
    PageFrame.Point start = frame.toReading(c.startX(), c.startY());
    PageFrame.Point end = frame.toReading(c.endX(), c.endY());
    double advance = Math.hypot(end.x() - start.x(), end.y() - start.y());
    PageFrame.Point local = local(start, direction);
    // The centre sits a third of the font size above the baseline, on the side the letters stand on.
    PageFrame.Point up = switch (direction) {
      case 90 -> new PageFrame.Point(1, 0);
      case 180 -> new PageFrame.Point(0, 1);
      case 270 -> new PageFrame.Point(-1, 0);
      default -> new PageFrame.Point(0, -1);
    };
    double cx = (start.x() + end.x()) / 2 + up.x() * 0.3 * c.size();
    double cy = (start.y() + end.y()) / 2 + up.y() * 0.3 * c.size();
    return new Glyph(c.text(), local.x(), local.x() + advance, local.y(), c.size(), c.spaceWidth(), direction, cx,
        cy, order);
  }

  /** Coordinates in the frame where text of {@code direction} reads upright. */
  private static PageFrame.Point local(PageFrame.Point p, int direction) {
    return switch (direction) {
      case 90 -> new PageFrame.Point(p.y(), -p.x());
      case 180 -> new PageFrame.Point(-p.x(), -p.y());
      case 270 -> new PageFrame.Point(-p.y(), p.x());
      default -> p;
    };
  }

  double top() {
    return baseline - ASCENT * size;
  }

  double bottom() {
    return baseline + DESCENT * size;
  }

  boolean isSpace() {
    return text.isBlank();
  }

  /** Only combining marks: an accent the PDF drew as a glyph of its own. */
  boolean isMark() {
    if (text.isEmpty()) {
      return false;
    }
    return text.codePoints().allMatch(cp -> {
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
    });
  }
}
