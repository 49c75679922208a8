package org.planex.ingest.ocr;

/**
 * Removes specks — dust, toner, paper grain — from a page image: dark blobs too small to be a letter with no other
 * ink near them. Accents, dots and full stops sit close to their letters and stay. Sizes scale with the
 * resolution; at 300 DPI a speck covers at most 40 pixels with nothing else within 6 pixels.
 */
final class Despeckle {

  private static final int INK = 128;
  private static final double MAX_AREA_300 = 40;
  private static final double MARGIN_300 = 6;

  private Despeckle() {}

  static GreyImage apply(GreyImage image) {
    int w = image.width();
    int h = image.height();
    double scale = image.dpi() / 300.0;
    int maxArea = (int) Math.max(2, MAX_AREA_300 * scale * scale);
    int margin = (int) Math.max(2, Math.round(MARGIN_300 * scale));
    byte[] out = image.pixels().clone();
    int[] label = new int[w * h];
    int[] stack = new int[w * h];
    int next = 0;
    for (int start = 0; start < w * h; start++) {
      if (label[start] != 0 || (image.pixels()[start] & 0xff) >= INK) {
        continue;
      }
      next++;
      int size = 0;
      int top = 0;
      stack[top++] = start;
      label[start] = next;
      int x0 = w;
      int y0 = h;
      int x1 = -1;
      int y1 = -1;
      while (top > 0) {
        int p = stack[--top];
        size++;
        int x = p % w;
        int y = p / w;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
              int q = ny * w + nx;
              if (label[q] == 0 && (image.pixels()[q] & 0xff) < INK) {
                label[q] = next;
                stack[top++] = q;
              }
            }
          }
        }
      }
      if (size <= maxArea && alone(image, label, next, x0 - margin, y0 - margin, x1 + margin, y1 + margin)) {
        for (int y = y0; y <= y1; y++) {
          for (int x = x0; x <= x1; x++) {
            if (label[y * w + x] == next) {
              out[y * w + x] = (byte) 0xff;
            }
          }
        }
      }
    }
    return new GreyImage(w, h, out, image.dpi());
  }

  /** Whether the box around a blob holds no ink but the blob's own. */
  private static boolean alone(GreyImage image, int[] label, int blob, int x0, int y0, int x1, int y1) {
    int w = image.width();
    for (int y = Math.max(0, y0); y <= Math.min(image.height() - 1, y1); y++) {
      for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
        int p = y * w + x;
        if ((image.pixels()[p] & 0xff) < INK && label[p] != blob) {
          return false;
        }
      }
    }
    return true;
  }
}
