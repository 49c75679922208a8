package org.planex.ingest.pdf;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws test PDFs the way word processors lay plans out: text placed at given positions in a Vietnamese
 * TrueType font, justified paragraphs (each word placed on its own, as Word does), and table borders drawn
 * as stroked lines or as thin filled rectangles. Positions are given from the top of the page.
 */
final class PdfMaker implements Closeable {

  static final float LEFT = 85;
  static final float RIGHT = 538;

  final PDDocument document = new PDDocument();
  final PDFont regular;
  final PDFont bold;
  private PDPage page;
  private PDPageContentStream content;

  PdfMaker() throws IOException {
    regular = PDType0Font.load(document, font("LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"));
    bold = PDType0Font.load(document, font("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"));
  }

  private static File font(String liberation, String dejavu) {
    File f = new File("/usr/share/fonts/truetype/liberation2/" + liberation);
    return f.exists() ? f : new File("/usr/share/fonts/truetype/dejavu/" + dejavu);
  }

  PdfMaker page() throws IOException {
    return page(PDRectangle.A4, 0);
  }

  /**
   * A page with {@code /Rotate} 0 or 90; on a rotated page, positions are still given as the page is read
   * (the content is drawn turned, as print drivers do for landscape pages).
   */
  PdfMaker page(PDRectangle size, int rotation) throws IOException {
    finishPage();
    page = new PDPage(size);
    page.setRotation(rotation);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    if (rotation == 90) {
      content.transform(new Matrix(0, 1, -1, 0, size.getWidth(), 0));
    }
    return this;
  }

  PDPageContentStream content() {
    return content;
  }

  /** The height of the page as read. */
  float height() {
    return page.getRotation() == 90 ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
  }

  PDPage currentPage() {
    return page;
  }

  float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Draws {@code text} with its baseline {@code top} points below the top of the page. */
  PdfMaker text(PDFont font, float size, float x, float top, String text) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, height() - top);
    content.showText(text);
    content.endText();
    return this;
  }

  PdfMaker centred(PDFont font, float size, float centre, float top, String text) throws IOException {
    return text(font, size, centre - width(font, size, text) / 2, top, text);
  }

  /**
   * Lays {@code text} out between {@code LEFT} and {@code RIGHT} with a first-line indent, justified like Word
   * (every word placed on its own, no space glyphs), and returns the baseline after the last line.
   */
  float paragraph(float size, float indent, float top, float leading, String text) throws IOException {
    return paragraph(regular, size, LEFT, RIGHT, indent, top, leading, text, true);
  }

  float paragraph(PDFont font, float size, float left, float right, float indent, float top, float leading,
      String text, boolean justify) throws IOException {
    float space = width(font, size, " ");
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    float used = 0;
    for (String word : text.split(" ")) {
      float w = width(font, size, word);
      float available = right - left - (lines.isEmpty() ? indent : 0);
      if (!line.isEmpty() && used + space + w > available) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
      }
      used += (line.isEmpty() ? 0 : space) + w;
      line.add(word);
    }
    lines.add(line);
    float y = top;
    for (int i = 0; i < lines.size(); i++) {
      List<String> words = lines.get(i);
      float x = left + (i == 0 ? indent : 0);
      boolean last = i == lines.size() - 1;
      if (!justify || last) {
        text(font, size, x, y, String.join(" ", words));
      } else {
        float natural = 0;
        for (String w : words) {
          natural += width(font, size, w);
        }
        float gap = words.size() > 1 ? (right - x - natural) / (words.size() - 1) : 0;
        for (String w : words) {
          text(font, size, x, y, w);
          x += width(font, size, w) + gap;
        }
      }
      y += leading;
    }
    return y;
  }

  PdfMaker strokeLine(float x1, float top1, float x2, float top2) throws IOException {
    content.setLineWidth(0.5f);
    content.moveTo(x1, height() - top1);
    content.lineTo(x2, height() - top2);
    content.stroke();
    return this;
  }

  /** A border as Word exports it: a filled rectangle half a point thick. */
  PdfMaker filledLine(float x1, float top1, float x2, float top2) throws IOException {
    float t = 0.5f;
    if (top1 == top2) {
      content.addRect(x1 - t / 2, height() - top1 - t / 2, x2 - x1 + t, t);
    } else {
      content.addRect(x1 - t / 2, height() - top2 - t / 2, t, top2 - top1 + t);
    }
    content.fill();
    return this;
  }

  private void finishPage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  Path save(Path file) throws IOException {
    finishPage();
    document.save(file.toFile());
    return file;
  }

  /** Saves without object streams, objects one after the other as older producers write them. */
  Path saveClassic(Path file) throws IOException {
    finishPage();
    document.save(file.toFile(), CompressParameters.NO_COMPRESSION);
    return file;
  }

  @Override
  public void close() throws IOException {
    finishPage();
    document.close();
  }
}
