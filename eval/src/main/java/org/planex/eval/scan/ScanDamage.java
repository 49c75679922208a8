package org.planex.eval.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/** What a scanner, a copier or a phone does to a printed page, applied to a clean grey page image. */
public enum ScanDamage {
  NONE,
  /** Out of focus: a 5×5 Gaussian blur at 300 DPI (σ ≈ 1.2 px). */
  BLUR,
  /** Dust and toner specks, and a grey paper tone. */
  NOISE,
  /** Fed crooked: turned 2° counter-clockwise. */
  SKEW,
  /** Scanned sideways: a quarter turn clockwise. */
  ROTATE_90;

  /** The damaged image; {@code seed} fixes the noise so fixtures regenerate identically. */
  public BufferedImage apply(BufferedImage page, long seed) {
    return switch (this) {
      case NONE -> page;
      case BLUR -> blur(page);
      case NOISE -> noise(page, new Random(seed));
      case SKEW -> turn(page, Math.toRadians(-2), false);
      case ROTATE_90 -> turn(page, Math.PI / 2, true);
    };
  }

  private static BufferedImage blur(BufferedImage page) {
    float[] row = {1, 4, 6, 4, 1};
    float[] kernel = new float[25];
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 5; x++) {
        kernel[y * 5 + x] = row[x] * row[y] / 256f;
      }
    }
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    new ConvolveOp(new Kernel(5, 5, kernel), ConvolveOp.EDGE_NO_OP, null).filter(page, out);
    return out;
  }

  private static BufferedImage noise(BufferedImage page, Random random) {
    BufferedImage out = copy(page);
    var raster = out.getRaster();
    int w = out.getWidth();
    int h = out.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = raster.getSample(x, y, 0);
        raster.setSample(x, y, 0, Math.min(v, 232)); // paper tone
      }
    }
    int specks = w * h / 2500;
    for (int i = 0; i < specks; i++) {
      int cx = random.nextInt(w);
      int cy = random.nextInt(h);
      int r = 1 + random.nextInt(3);
      int tone = 20 + random.nextInt(120);
      for (int y = Math.max(0, cy - r); y < Math.min(h, cy + r); y++) {
        for (int x = Math.max(0, cx - r); x < Math.min(w, cx + r); x++) {
          raster.setSample(x, y, 0, tone);
        }
      }
    }
    return out;
  }

  /** Turned by {@code radians} about the centre; a quarter turn swaps the sides, a small one keeps the size. */
  private static BufferedImage turn(BufferedImage page, double radians, boolean quarter) {
    int w = quarter ? page.getHeight() : page.getWidth();
    int h = quarter ? page.getWidth() : page.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      AffineTransform t = new AffineTransform();
      t.translate(w / 2.0, h / 2.0);
      t.rotate(radians);
      t.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
      g.drawImage(page, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static BufferedImage copy(BufferedImage page) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    out.getRaster().setRect(page.getRaster());
    return out;
  }
}
