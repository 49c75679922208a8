package org.planex.eval.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link PlanLayout} as a PDF with a text layer, with PDFBox: Liberation Serif embedded (subset),
 * A4 with 2 cm margins, paragraphs word-wrapped to the text width with a first-line indent for running text,
 * page numbers centred at the bottom, ruled tables whose merged cells are drawn as one box, and layout tables
 * as text columns on shared baselines without rules.
 */
public final class PdfWriter {

  /** Where Debian and Ubuntu install the Liberation fonts (package fonts-liberation2). */
  public static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/liberation2");

  private static final float CM = 72 / 2.54f;
  private static final float MARGIN = 2 * CM;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float TOP = PAGE.getHeight() - MARGIN;
  private static final float BODY_SIZE = 13;
  private static final float TABLE_SIZE = 11.5f;
  private static final float LINE = 1.3f; // leading, in font sizes
  private static final float CELL_PADDING = 3;
  private static final float PARAGRAPH_GAP = 4;

  private final Path fontDir;
  private final Instant stamp;

  /**
   * @param fontDir the folder holding LiberationSerif-Regular.ttf, -Bold.ttf and -Italic.ttf
   * @param stamp creation and modification date, and the seed of the document ID, fixed for reproducible bytes
   */
  public PdfWriter(Path fontDir, Instant stamp) {
    this.fontDir = fontDir;
    this.stamp = stamp;
  }

  /** The three faces used. */
  private record Fonts(PDFont regular, PDFont bold, PDFont italic) {

    PDFont of(boolean isBold, boolean isItalic) {
      return isBold ? bold : isItalic ? italic : regular;
    }
  }

  public byte[] write(PlanLayout layout) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(font(doc, "Regular"), font(doc, "Bold"), font(doc, "Italic"));
      Pages pages = new Pages(doc, fonts.regular());
      for (PlanLayout.Block block : layout.blocks()) {
        switch (block) {
          case PlanLayout.Paragraph p -> paragraph(pages, fonts, p);
          case PlanLayout.Table t -> table(pages, fonts, t);
        }
      }
      pages.finish();
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.setTimeInMillis(stamp.toEpochMilli());
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(layout.title());
      info.setProducer("planex fixtures (Apache PDFBox)");
      info.setCreationDate(date);
      info.setModificationDate(date);
      doc.setDocumentId(stamp.toEpochMilli()); // else the trailer ID is derived from the clock
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private PDFont font(PDDocument doc, String face) throws IOException {
    Path file = fontDir.resolve("LiberationSerif-" + face + ".ttf");
    if (!Files.isRegularFile(file)) {
      throw new IOException("font " + file + " not found (install fonts-liberation2)");
    }
    return PDType0Font.load(doc, file.toFile());
  }

  private static void paragraph(Pages pages, Fonts fonts, PlanLayout.Paragraph p) throws IOException {
    boolean heading = p.headingLevel() != null;
    PDFont font = fonts.of(heading || p.bold(), false);
    float size = heading && p.headingLevel() <= 2 ? BODY_SIZE + 1 : BODY_SIZE;
    float leading = size * LINE;
    float indent = p.isBody() ? CM : 0;
    if (heading) {
      pages.skip(PARAGRAPH_GAP);
    }
    List<String> lines = wrap(p.text(), font, size, TEXT_WIDTH - indent, TEXT_WIDTH);
    for (int i = 0; i < lines.size(); i++) {
      pages.ensure(leading);
      float x = MARGIN + (i == 0 ? indent : 0);
      pages.text(font, size, x, pages.y() - size, lines.get(i));
      pages.down(leading);
    }
    pages.skip(PARAGRAPH_GAP);
  }

  private static void table(Pages pages, Fonts fonts, PlanLayout.Table table) throws IOException {
    int rows = table.rows().size();
    int cols = table.columns();
    float[] widths = new float[cols];
    for (int c = 0; c < cols; c++) {
      widths[c] = (float) (table.widthsCm().get(c) * CM);
    }
    float size = table.ruled() ? TABLE_SIZE : BODY_SIZE;
    float leading = size * LINE;
    List<List<List<String>>> lines = new ArrayList<>();
    float[] heights = new float[rows];
    for (int r = 0; r < rows; r++) {
      List<List<String>> rowLines = new ArrayList<>();
      heights[r] = leading + 2 * CELL_PADDING;
      for (int c = 0; c < cols; c++) {
        PlanLayout.Cell cell = table.rows().get(r).get(c);
        float inner = widths[c] - 2 * CELL_PADDING;
        List<String> cellLines = cell.covered() || cell.text().isEmpty() ? List.of()
            : wrap(cell.text(), fonts.of(cell.bold(), cell.italic()), size, inner, inner);
        rowLines.add(cellLines);
        if (cell.rowSpan() == 1) {
          heights[r] = Math.max(heights[r], cellLines.size() * leading + 2 * CELL_PADDING);
        }
      }
      lines.add(rowLines);
    }
    // A merged cell taller than the rows it spans makes the last of them taller.
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        PlanLayout.Cell cell = table.rows().get(r).get(c);
        if (!cell.covered() && cell.rowSpan() > 1) {
          float need = lines.get(r).get(c).size() * leading + 2 * CELL_PADDING;
          float have = 0;
          for (int k = r; k < r + cell.rowSpan(); k++) {
            have += heights[k];
          }
          if (need > have) {
            heights[r + cell.rowSpan() - 1] += need - have;
          }
        }
      }
    }
    int r = 0;
    while (r < rows) {
      // Rows joined by a merged cell stay on one page together.
      int end = r + 1;
      for (int k = r; k < end; k++) {
        for (PlanLayout.Cell cell : table.rows().get(k)) {
          end = Math.max(end, k + (cell.covered() ? 1 : cell.rowSpan()));
        }
      }
      float groupHeight = 0;
      for (int k = r; k < end; k++) {
        groupHeight += heights[k];
      }
      pages.ensure(groupHeight);
      float rowTop = pages.y();
      for (int k = r; k < end; k++) {
        float x = MARGIN;
        for (int c = 0; c < cols; c++) {
          PlanLayout.Cell cell = table.rows().get(k).get(c);
          if (!cell.covered()) {
            float height = 0;
            for (int s = k; s < k + cell.rowSpan(); s++) {
              height += heights[s];
            }
            if (table.ruled()) {
              pages.box(x, rowTop - height, widths[c], height);
            }
            PDFont font = fonts.of(cell.bold(), cell.italic());
            List<String> cellLines = lines.get(k).get(c);
            for (int i = 0; i < cellLines.size(); i++) {
              String line = cellLines.get(i);
              float textX = cell.centered() ? x + (widths[c] - width(line, font, size)) / 2 : x + CELL_PADDING;
              float baseline = rowTop - CELL_PADDING - i * leading - size;
              pages.text(font, size, textX, baseline, line);
            }
          }
          x += widths[c];
        }
        rowTop -= heights[k];
      }
      pages.down(groupHeight);
      r = end;
    }
    pages.skip(PARAGRAPH_GAP * 2);
  }

  /**
   * Greedy word wrap. A word wider than a whole line is an error, not something to cut: a cut would put
   * words into the text layer that the seed does not have (widen the column instead).
   */
  static List<String> wrap(String text, PDFont font, float size, float firstWidth, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      float available = lines.isEmpty() ? firstWidth : width;
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= available) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (width(word, font, size) > width) {
        throw new IllegalArgumentException(String.format(
            "\"%s\" is %.0f pt wide and does not fit in a line of %.0f pt", word, width(word, font, size), width));
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      line.setLength(0);
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** The page being filled and the vertical position on it; numbers each page as it is closed. */
  private static final class Pages {
    private final PDDocument doc;
    private final PDFont numberFont;
    private PDPageContentStream stream;
    private int number;
    private float y;
    private boolean fresh;

    Pages(PDDocument doc, PDFont numberFont) throws IOException {
      this.doc = doc;
      this.numberFont = numberFont;
      newPage();
    }

    float y() {
      return y;
    }

    void down(float amount) {
      y -= amount;
      fresh = false;
    }

    /** Vertical space that is dropped at the top of a page rather than carried over. */
    void skip(float amount) {
      if (!fresh) {
        y -= amount;
      }
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin (or the page is empty). */
    void ensure(float height) throws IOException {
      if (y - height < MARGIN && !fresh) {
        newPage();
      }
    }

    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(text);
      stream.endText();
    }

    void box(float x, float bottom, float w, float h) throws IOException {
      stream.setLineWidth(0.5f);
      stream.addRect(x, bottom, w, h);
      stream.stroke();
    }

    private void newPage() throws IOException {
      closePage();
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      number++;
      y = TOP;
      fresh = true;
    }

    /** The page number goes in last, so the text layer reads the page's content first. */
    private void closePage() throws IOException {
      if (stream == null) {
        return;
      }
      String label = String.valueOf(number);
      float size = 11;
      text(numberFont, size, (PAGE.getWidth() - width(label, numberFont, size)) / 2, MARGIN / 2, label);
      stream.close();
      stream = null;
    }

    void finish() throws IOException {
      closePage();
    }
  }
}
