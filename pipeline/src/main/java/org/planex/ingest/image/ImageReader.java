package org.planex.ingest.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.planex.ingest.DocumentReader;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;
import org.planex.ingest.ocr.OcrLimits;
import org.planex.ingest.ocr.OcrReading;
import org.planex.ingest.ocr.PageRecognizer;
import org.planex.ingest.ocr.RecognizedPage;
import org.planex.ingest.ocr.TesseractLibrary;
import org.planex.ingest.pdf.ScannedPages;
import org.planex.model.Warning;

/** Reads scanned or photographed pages in PNG, JPEG and TIFF (every frame a page) by OCR. */
public final class ImageReader implements DocumentReader {

  @Override
  public Set<String> mediaTypes() {
    return Set.of("image/png", "image/jpeg", "image/tiff");
  }

  @Override
  public RawDocument read(Path file, String mediaType, IngestLimits limits) throws IngestException, IOException {
    PageRecognizer recognizer;
    try {
      recognizer = PageRecognizer.shared();
    } catch (TesseractLibrary.Unavailable e) {
      throw new IngestException(IngestFailure.OCR_UNAVAILABLE, "image needs OCR: " + e.getMessage(), e);
    }
    try (ImageFile pages = open(file)) {
      if (pages.count() == 0) {
        throw corrupt("the file holds no image", null);
      }
      if (pages.count() > OcrLimits.MAX_PAGES) {
        throw new IngestException(IngestFailure.TOO_LARGE, String.format(
            "image file with %d pages (limit %d pages per file)", pages.count(), OcrLimits.MAX_PAGES));
      }
      List<Warning> warnings = new java.util.ArrayList<>();
      for (int i = 0; i < pages.count(); i++) {
        int[] size = pages.size(i);
        if (size[0] <= 0 || size[1] <= 0) {
          throw corrupt(String.format("page %d is an empty image (%d×%d pixels)", i + 1, size[0], size[1]), null);
        }
        int step = ImageFile.subsampling(size[0], size[1]);
        if (step > 1) {
          warnings.add(Warning.of("ingest", "image-downscaled", String.format("page %d (%,d×%,d pixels) was read at "
              + "1/%d of its size (limit %,d pixels per page)", i + 1, size[0], size[1], step, OcrLimits.MAX_PIXELS)));
        }
      }
      List<RecognizedPage> read = recognizer.readAll(pages);
      return new RawDocument(mediaType, pages.count(), null, ScannedPages.assemble(read), warnings,
          OcrReading.of(recognizer.library(), read));
    } catch (IngestException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
  }

  private static ImageFile open(Path file) throws IngestException {
    try {
      return new ImageFile(file);
    } catch (IOException | RuntimeException e) {
      throw corrupt(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
  }

  private static IngestException corrupt(String reason, Throwable cause) {
    return new IngestException(IngestFailure.CORRUPT_FILE, "cannot decode image: " + reason, cause);
  }
}
