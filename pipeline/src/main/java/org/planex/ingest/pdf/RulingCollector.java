package org.planex.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the straight lines a page paints (stroked lines and rectangle edges, and thin filled rectangles,
 * which is how Word and LibreOffice draw table borders) as candidate table rulings, in user space, and notes
 * whether the page draws images.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

  /** A straight segment in user space. */
  record Segment(double x1, double y1, double x2, double y2) {

    Ruling toRuling(PageFrame frame) {
      return Ruling.between(frame.toReading(x1, y1), frame.toReading(x2, y2));
    }
  }

  /** A filled rectangle no thicker than this is a line; thicker ones are shading. */
  private static final double THIN = 2.5;
  /** Painted this close to white, a line cannot be seen. */
  private static final int NEAR_WHITE = 0xF0;

  private record Node(double x, double y, boolean curved) {}

  private final List<Segment> segments = new ArrayList<>();
  private final List<List<Node>> path = new ArrayList<>();
  private List<Node> subpath;
  private boolean drawsImages;

  RulingCollector(PDPage page) {
    super(page);
  }

  /** Reads the page's content; a damaged stream leaves what was read before the damage. */
  void collect() throws IOException {
    processPage(getPage());
  }

  List<Segment> segments() {
    return segments;
  }

  boolean drawsImages() {
    return drawsImages;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    List<Node> rect = new ArrayList<>(5);
    for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
      rect.add(new Node(p.getX(), p.getY(), false));
    }
    path.add(rect);
    subpath = null; // the next lineTo without a moveTo starts from nowhere useful
  }

  @Override
  public void moveTo(float x, float y) {
    subpath = new ArrayList<>();
    subpath.add(new Node(x, y, false));
    path.add(subpath);
  }

  @Override
  public void lineTo(float x, float y) {
    if (subpath == null) {
      moveTo(x, y);
      return;
    }
    subpath.add(new Node(x, y, false));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    if (subpath == null) {
      moveTo(x3, y3);
      return;
    }
    subpath.add(new Node(x3, y3, true));
  }

  @Override
  public Point2D getCurrentPoint() {
    if (subpath == null || subpath.isEmpty()) {
      return new Point2D.Float();
    }
    Node last = subpath.getLast();
    return new Point2D.Double(last.x(), last.y());
  }

  @Override
  public void closePath() {
    if (subpath != null && subpath.size() > 1) {
      Node first = subpath.getFirst();
      subpath.add(new Node(first.x(), first.y(), false));
    }
  }

  @Override
  public void endPath() {
    path.clear();
    subpath = null;
  }

  @Override
  public void strokePath() {
    if (visible(getGraphicsState().getStrokingColor())) {
      addStrokes();
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    if (visible(getGraphicsState().getNonStrokingColor())) {
      addThinFills();
    }
    endPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    if (visible(getGraphicsState().getNonStrokingColor())) {
      addThinFills();
    }
    if (visible(getGraphicsState().getStrokingColor())) {
      addStrokes();
    }
    endPath();
  }

  @Override
  public void clip(int windingRule) {
    // A clipping path is not painted; the endPath that follows discards it.
  }

  @Override
  public void drawImage(PDImage pdImage) {
    drawsImages = true;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Gradients are not lines.
  }

  // Text is not needed here, and skipping it saves decoding every glyph a second time.
  @Override
  public void showTextString(byte[] string) {}

  @Override
  public void showTextStrings(COSArray array) {}

  @Override
  protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement) {}

  private void addStrokes() {
    for (List<Node> nodes : path) {
      for (int i = 1; i < nodes.size(); i++) {
        Node a = nodes.get(i - 1);
        Node b = nodes.get(i);
        if (!b.curved() && (a.x() != b.x() || a.y() != b.y())) {
          segments.add(new Segment(a.x(), a.y(), b.x(), b.y()));
        }
      }
    }
  }

  /** A filled axis-parallel rectangle thin in one direction is a line along its middle. */
  private void addThinFills() {
    for (List<Node> nodes : path) {
      List<Node> corners = new ArrayList<>(nodes);
      if (corners.size() > 1 && same(corners.getFirst(), corners.getLast())) {
        corners.removeLast();
      }
      if (corners.size() != 4 || corners.stream().anyMatch(Node::curved)) {
        continue;
      }
      double minX = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (Node n : corners) {
        minX = Math.min(minX, n.x());
        maxX = Math.max(maxX, n.x());
        minY = Math.min(minY, n.y());
        maxY = Math.max(maxY, n.y());
      }
      if (!isBox(corners, minX, maxX, minY, maxY)) {
        continue;
      }
      double w = maxX - minX;
      double h = maxY - minY;
      if (h <= THIN && w > h) {
        double y = (minY + maxY) / 2;
        segments.add(new Segment(minX, y, maxX, y));
      } else if (w <= THIN && h > w) {
        double x = (minX + maxX) / 2;
        segments.add(new Segment(x, minY, x, maxY));
      }
    }
  }

  private static boolean isBox(List<Node> corners, double minX, double maxX, double minY, double maxY) {
    double tolerance = 0.5;
    for (Node n : corners) {
      boolean onX = Math.abs(n.x() - minX) <= tolerance || Math.abs(n.x() - maxX) <= tolerance;
      boolean onY = Math.abs(n.y() - minY) <= tolerance || Math.abs(n.y() - maxY) <= tolerance;
      if (!onX || !onY) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Node a, Node b) {
    return a.x() == b.x() && a.y() == b.y();
  }

  /** White lines (a "no border" style some editors still paint) are not borders a reader sees. */
  private static boolean visible(PDColor color) {
    if (color == null) {
      return true;
    }
    try {
      int rgb = color.toRGB();
      return ((rgb >> 16) & 0xFF) < NEAR_WHITE || ((rgb >> 8) & 0xFF) < NEAR_WHITE || (rgb & 0xFF) < NEAR_WHITE;
    } catch (IOException | RuntimeException e) {
      return true; // patterns and odd colour spaces: assume visible
    }
  }
}
