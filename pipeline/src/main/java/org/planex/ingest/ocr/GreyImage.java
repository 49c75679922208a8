package org.planex.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grey page image, one byte per pixel row by row: the form Tesseract is handed, since the
 * Leptonica-based entry points of Tess4J do not link against the Leptonica Debian ships.
 *
 * @param dpi the resolution the image was scanned or rendered at, which Tesseract uses to judge text size
 */
public record GreyImage(int width, int height, byte[] pixels, int dpi) {

  public GreyImage {
    if ((long) width * height != pixels.length) {
      throw new IllegalArgumentException(width + "×" + height + " image with " + pixels.length + " pixels");
    }
  }

  /** The image in grey: copied as is when it is grey already, else drawn onto a grey canvas. */
  public static GreyImage of(BufferedImage image, int dpi) {
    BufferedImage grey = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = grey.createGraphics();
      try {
        g.setColor(java.awt.Color.WHITE); // transparent areas of a PNG read as paper
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
    }
    byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int w = grey.getWidth();
    int h = grey.getHeight();
    int stride = grey.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel m
        ? m.getScanlineStride() : w;
    if (stride == w && data.length == w * h) {
      return new GreyImage(w, h, data, dpi);
    }
    byte[] packed = new byte[w * h];
    for (int y = 0; y < h; y++) {
      System.arraycopy(data, y * stride, packed, y * w, w);
    }
    return new GreyImage(w, h, packed, dpi);
  }

  /** The grey level (0 black – 255 white) at a pixel. */
  public int at(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** This image turned clockwise by a multiple of 90 degrees. */
  public GreyImage rotated(int degrees) {
    int turn = ((degrees % 360) + 360) % 360;
    if (turn == 0) {
      return this;
    }
    boolean swap = turn != 180;
    int w = swap ? height : width;
    int h = swap ? width : height;
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int nx;
        int ny;
        switch (turn) {
          case 90 -> { nx = height - 1 - y; ny = x; }
          case 180 -> { nx = width - 1 - x; ny = height - 1 - y; }
          default -> { nx = y; ny = width - 1 - x; }
        }
        out[ny * w + nx] = pixels[y * width + x];
      }
    }
    return new GreyImage(w, h, out, dpi);
  }
}
