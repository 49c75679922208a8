package org.planex.ingest.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planex.ingest.ocr.GreyImage;
import org.planex.ingest.ocr.OcrLimits;
import org.planex.ingest.ocr.PageImages;

/**
 * Image-only pages of a PDF rendered in grey for OCR, at {@value OcrLimits#RENDER_DPI} DPI unless the page is so
 * large that the image would pass {@link OcrLimits#MAX_PIXELS}: then at the resolution that fits.
 */
final class RenderedPages implements PageImages {

  private final PDDocument document;
  private final PDFRenderer renderer;
  private final List<Integer> numbers;

  /** @param numbers the 1-based numbers of the pages to render */
  RenderedPages(PDDocument document, List<Integer> numbers) {
    this.document = document;
    this.renderer = new PDFRenderer(document);
    this.renderer.setSubsamplingAllowed(true); // a huge embedded scan is read at the resolution rendered, not its own
    this.numbers = List.copyOf(numbers);
  }

  @Override
  public int count() {
    return numbers.size();
  }

  @Override
  public int number(int index) {
    return numbers.get(index);
  }

  @Override
  public GreyImage image(int index) throws IOException {
    int pageIndex = numbers.get(index) - 1;
    PDRectangle box = document.getPage(pageIndex).getCropBox();
    int dpi = dpi(box.getWidth(), box.getHeight());
    try {
      return GreyImage.of(renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY), dpi);
    } catch (RuntimeException e) {
      throw new IOException("page " + (pageIndex + 1) + " cannot be rendered: " + e.getMessage(), e);
    }
  }

  /** The render resolution for a page of this size in points. */
  static int dpi(double widthPoints, double heightPoints) {
    double inches = Math.max(1e-3, widthPoints / 72) * Math.max(1e-3, heightPoints / 72);
    double fitting = Math.sqrt(OcrLimits.MAX_PIXELS / inches);
    return (int) Math.max(1, Math.min(OcrLimits.RENDER_DPI, Math.floor(fitting)));
  }
}
