package org.planex.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.planex.ingest.IngestException;

/**
 * Collects every page's characters with their positions, page by page. PDFBox's text stripper does the font
 * decoding, merges accents drawn as glyphs of their own into their letters and drops overprinted duplicates
 * (fake bold); the layout is left to the caller.
 */
final class GlyphStripper extends PDFTextStripper {

  /** Receives each page once its characters are collected. */
  interface PageConsumer {
    /**
     * @param failure why the page's content could not be read to the end, {@code null} when it could; the
     *     characters read before the failure are still given
     */
    void accept(int pageNumber, PDPage page, List<TextChar> chars, Exception failure) throws IngestException;
  }

  /** Carries the consumer's refusal through PDFBox's page loop. */
  private static final class ConsumerFailure extends RuntimeException {
    ConsumerFailure(IngestException cause) {
      super(cause);
    }

    @Override
    public synchronized IngestException getCause() {
      return (IngestException) super.getCause();
    }
  }

  private final PageConsumer consumer;
  private List<TextChar> chars = new ArrayList<>();
  private double cropX;
  private double cropY;

  GlyphStripper(PageConsumer consumer) {
    this.consumer = consumer;
    // One stream of characters per page, in content order: reading order is worked out from the coordinates.
    setSortByPosition(false);
    setShouldSeparateByBeads(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Reads every page with content; pages without a content stream are not reported. */
  void read(PDDocument document) throws IOException, IngestException {
    try {
      writeText(document, Writer.nullWriter());
    } catch (ConsumerFailure e) {
      throw e.getCause();
    }
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    chars = new ArrayList<>();
    PDRectangle crop = page.getCropBox();
    cropX = crop.getLowerLeftX();
    cropY = crop.getLowerLeftY();
    Exception failure = null;
    try {
      super.processPage(page);
    } catch (IOException | RuntimeException e) {
      // A damaged content stream: keep what was read before the damage.
      failure = e;
      collect();
    }
    List<TextChar> collected = chars;
    chars = new ArrayList<>();
    try {
      consumer.accept(getCurrentPageNo(), page, collected, failure);
    } catch (IngestException e) {
      throw new ConsumerFailure(e);
    }
  }

  @Override
  protected void writePage() {
    collect();
  }

  private void collect() {
    chars.clear();
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition p : article) {
        TextChar c = toChar(p);
        if (c != null) {
          chars.add(c);
        }
      }
    }
  }

  private TextChar toChar(TextPosition p) {
    String text = p.getUnicode();
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.codePoints().anyMatch(cp -> cp >= 0xFB00 && cp <= 0xFB4F)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFKC); // "ﬁ" ligatures back to letters
    }
    Matrix m = p.getTextMatrix();
    double a = m.getValue(0, 0);
    double b = m.getValue(0, 1);
    double norm = Math.hypot(a, b);
    double size = Math.abs(m.getScalingFactorY());
    if (!(size > 0) || Double.isInfinite(size)) {
      size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : 10;
    }
    // PDFBox gives positions relative to the crop box; the rulings come in plain user space.
    return new TextChar(text, m.getTranslateX() + cropX, m.getTranslateY() + cropY, p.getEndX() + cropX,
        p.getEndY() + cropY, norm == 0 ? 1 : a / norm, norm == 0 ? 0 : b / norm, size,
        Math.max(0, p.getWidthOfSpace()));
  }
}
