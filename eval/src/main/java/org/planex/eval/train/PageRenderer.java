package org.planex.eval.train;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws lines of text onto a white page image, one text line per line, as a scanner would see a printed plan: the
 * raw material from which an OCR engine's confusions are learned.
 *
 * @param family a font family installed on the machine (Liberation Serif, DejaVu Sans …)
 * @param pixels the font size in pixels (13 px is about 10 pt scanned at 96 dpi, 20 px about 10 pt at 150 dpi)
 * @param bold bold type, as headings and many printed plans are set
 */
record PageRenderer(String family, int pixels, boolean bold) {

  /** Renders {@code lines} to a PNG at {@code file}. */
  void render(List<String> lines, Path file) throws IOException {
    int lineHeight = Math.round(pixels * 1.6f);
    int width = pixels * 50;
    int height = lineHeight * (lines.size() + 2);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(family, bold ? Font.BOLD : Font.PLAIN, pixels));
      int y = lineHeight;
      for (String line : lines) {
        g.drawString(line, pixels, y);
        y += lineHeight;
      }
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", file.toFile());
  }
}
