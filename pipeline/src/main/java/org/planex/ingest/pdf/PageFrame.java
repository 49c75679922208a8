package org.planex.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps a page's user space to reading coordinates: origin at the top-left corner of the crop box as the page
 * is read, x to the right, y down.
 *
 * @param originX lower-left corner of the crop box in user space
 * @param width crop box width in user space (before rotation)
 * @param rotation clockwise quarter turns applied for reading: 0, 90, 180 or 270
 */
record PageFrame(double originX, double originY, double width, double height, int rotation) {

  /** A point or a vector in reading coordinates. */
  record Point(double x, double y) {}

  static PageFrame of(PDPage page, int rotation) {
    PDRectangle box = page.getCropBox();
    return new PageFrame(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight(),
        normalize(rotation));
  }

  /** The page's own /Rotate, as a multiple of 90 in 0–270. */
  static int rotationOf(PDPage page) {
    return normalize(page.getRotation());
  }

  static int normalize(int degrees) {
    int quarter = Math.round(degrees / 90f);
    return ((quarter % 4) + 4) % 4 * 90;
  }

  PageFrame rotatedBy(int degrees) {
    return new PageFrame(originX, originY, width, height, normalize(rotation + degrees));
  }

  double readingWidth() {
    return rotation == 90 || rotation == 270 ? height : width;
  }

  /** Where a point of user space appears. */
  Point toReading(double ux, double uy) {
    double x = ux - originX;
    double y = uy - originY;
    return switch (rotation) {
      case 90 -> new Point(y, x);
      case 180 -> new Point(width - x, y);
      case 270 -> new Point(height - y, width - x);
      default -> new Point(x, height - y);
    };
  }

  /** Where a direction of user space points. */
  Point direction(double dx, double dy) {
    return switch (rotation) {
      case 90 -> new Point(dy, dx);
      case 180 -> new Point(-dx, dy);
      case 270 -> new Point(-dy, -dx);
      default -> new Point(dx, -dy);
    };
  }

  /**
   * Which way text running along {@code dx, dy} (user space) reads: 0 left to right, 90 downwards, 180 upside
   * down, 270 upwards, or -1 when it is slanted (a diagonal watermark).
   */
  int textDirection(double dx, double dy) {
    Point d = direction(dx, dy);
    double ax = Math.abs(d.x());
    double ay = Math.abs(d.y());
    if (ax == 0 && ay == 0) {
      return -1;
    }
    if (ay <= 0.18 * ax) {
      return d.x() > 0 ? 0 : 180;
    }
    if (ax <= 0.18 * ay) {
      return d.y() > 0 ? 90 : 270;
    }
    return -1;
  }
}
