package org.planex.ingest.pdf;

import java.util.List;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.ocr.RecognizedPage;

/** Puts recognised page images (a scan in an image file) in reading order, as the PDF reader does its pages. */
public final class ScannedPages {

  private ScannedPages() {}

  public static List<RawPage> assemble(List<RecognizedPage> pages) {
    return new PageBlockAssembler().assemble(pages.stream().map(ScannedLayout::of).toList());
  }
}
