package org.planex.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
import org.planex.model.Warning;

/**
 * Reads PDF files with PDFBox into one page of blocks per PDF page: paragraphs whose lines carry their fill
 * and indent, and ruled tables with their merged cells. Pages without a text layer that paint an image (scans)
 * are rendered and read by OCR, page by page, so a PDF may mix both; without Tesseract installed such pages are
 * left out with a warning, and a PDF with no text layer at all is refused with what to install.
 */
public final class PdfReader implements DocumentReader {

  /** Parsed streams beyond this go to temporary files, so a huge PDF cannot exhaust the heap. */
  private static final long MAIN_MEMORY_BYTES = 32L << 20;
  private static final int REASON_LENGTH = 160;

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/pdf");
  }

  @Override
  public RawDocument read(Path file, String mediaType, IngestLimits limits) throws IngestException, IOException {
    String damage = TrailerCheck.problem(file);
    PDDocument document = open(file);
    try {
      return read(document, mediaType, limits, damage);
    } finally {
      try {
        document.close();
      } catch (IOException e) {
        // Everything needed has been read.
      }
    }
  }

  private static PDDocument open(Path file) throws IngestException {
    try {
      return Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
    } catch (InvalidPasswordException e) {
      throw encrypted(e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("password") || message.contains("decrypt")) {
        throw encrypted(e);
      }
      throw corrupt(reason(e), e);
    }
  }

  private static RawDocument read(PDDocument document, String mediaType, IngestLimits limits, String damage)
      throws IngestException {
    int pageCount;
    try {
      pageCount = document.getNumberOfPages();
    } catch (RuntimeException e) {
      throw corrupt(reason(e), e);
    }
    if (pageCount == 0) {
      throw corrupt("the document has no pages", null);
    }
    PageReader pageReader = new PageReader(limits.maxChars());
    Throwable treeFailure = null;
    try {
      new GlyphStripper(pageReader).read(document);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      treeFailure = e;
    }
    if (treeFailure != null && pageReader.layouts.isEmpty()) {
      throw corrupt(reason(treeFailure), treeFailure);
    }
    List<PageLayout> layouts = new ArrayList<>();
    for (int n = 1; n <= pageCount; n++) {
      PageLayout layout = pageReader.layouts.get(n);
      layouts.add(layout != null ? layout : PageLayout.empty(n, 0)); // no content stream, or past the damage
    }
    String failure = layouts.stream().map(PageLayout::failure).filter(f -> f != null).findFirst()
        .orElse(treeFailure == null ? null : reason(treeFailure));
    boolean noText = layouts.stream().noneMatch(PageLayout::hasUsableText);
    if (noText && layouts.stream().noneMatch(PageLayout::drawsImages)) {
      if (failure != null || damage != null) {
        throw corrupt(failure != null ? failure : damage, null); // nothing readable, and nothing to OCR
      }
      throw new IngestException(IngestFailure.EMPTY_FILE, "no text found in the document");
    }
    List<Integer> scanned = pageNumbers(layouts, l -> !l.hasUsableText() && l.drawsImages());
    String ocrMissing = null;
    OcrReading ocr = null;
    if (!scanned.isEmpty()) {
      try {
        ocr = recognize(document, scanned, layouts);
      } catch (TesseractLibrary.Unavailable e) {
        if (noText) {
          throw new IngestException(IngestFailure.OCR_UNAVAILABLE, "no text layer (scanned PDF): " + e.getMessage(),
              e);
        }
        ocrMissing = e.getMessage();
      }
    }
    List<Warning> warnings = warnings(layouts, damage, treeFailure != null, failure, ocrMissing);
    return new RawDocument(mediaType, pageCount, null, new PageBlockAssembler().assemble(layouts), warnings, ocr);
  }

  /** Reads the scanned pages by OCR and puts their layouts in place of the empty ones. */
  private static OcrReading recognize(PDDocument document, List<Integer> scanned, List<PageLayout> layouts)
      throws IngestException, TesseractLibrary.Unavailable {
    if (scanned.size() > OcrLimits.MAX_PAGES) {
      throw new IngestException(IngestFailure.TOO_LARGE, String.format("scanned PDF: %d pages need OCR (limit %d "
          + "pages per file)", scanned.size(), OcrLimits.MAX_PAGES));
    }
    PageRecognizer recognizer = PageRecognizer.shared();
    List<RecognizedPage> pages;
    try {
      pages = recognizer.readAll(new RenderedPages(document, scanned));
    } catch (IOException | RuntimeException e) {
      throw corrupt(reason(e), e);
    }
    for (RecognizedPage page : pages) {
      layouts.set(page.number() - 1, ScannedLayout.of(page));
    }
    return OcrReading.of(recognizer.library(), pages);
  }

  private static List<Warning> warnings(List<PageLayout> layouts, String damage, boolean treeFailed,
      String failure, String ocrMissing) {
    List<Warning> warnings = new ArrayList<>();
    if (damage != null) {
      warnings.add(Warning.of("ingest", "pdf-damaged", "damaged PDF (" + damage
          + "): its structure was rebuilt, and text may be missing"));
    }
    List<Integer> failed = pageNumbers(layouts, l -> l.failure() != null);
    if (!failed.isEmpty() || treeFailed) {
      String which = failed.isEmpty() ? "the page tree" : pages(failed);
      warnings.add(Warning.of("ingest", "pdf-damaged", which + " could not be read to the end (" + failure
          + "), and text may be missing"));
    }
    List<Integer> scanned = pageNumbers(layouts, l -> !l.hasUsableText() && l.drawsImages());
    if (ocrMissing != null && !scanned.isEmpty()) {
      warnings.add(Warning.of("ingest", "pdf-no-text-layer", pages(scanned)
          + " without a text layer (scanned?) left out: " + ocrMissing));
    }
    return warnings;
  }

  /** Lays out each page as PDFBox hands it over, keeping a running count of characters against the limit. */
  private static final class PageReader implements GlyphStripper.PageConsumer {
    private final int maxChars;
    private final PageAnalyzer analyzer = new PageAnalyzer();
    private final TreeMap<Integer, PageLayout> layouts = new TreeMap<>();
    private long chars;

    PageReader(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void accept(int number, PDPage page, List<TextChar> pageChars, Exception textFailure)
        throws IngestException {
      for (TextChar c : pageChars) {
        chars += c.text().length();
      }
      if (chars > maxChars) {
        throw new IngestException(IngestFailure.TOO_LARGE,
            String.format("text too long: more than %,d characters (limit --max-chars)", maxChars));
      }
      String failure = textFailure == null ? null : reason(textFailure);
      RulingCollector rulings = new RulingCollector(page);
      try {
        rulings.collect();
      } catch (IOException | RuntimeException e) {
        failure = failure == null ? reason(e) : failure; // the rulings read before the damage still count
      }
      layouts.put(number, analyzer.analyze(number, page, pageChars, rulings.segments(), rulings.drawsImages(),
          failure));
    }
  }

  private static List<Integer> pageNumbers(List<PageLayout> layouts, Predicate<PageLayout> test) {
    return layouts.stream().filter(test).map(PageLayout::number).toList();
  }

  /** "page 3", "pages 2, 5, 7". */
  private static String pages(List<Integer> numbers) {
    String s = numbers.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "));
    String more = numbers.size() > 20 ? " and " + (numbers.size() - 20) + " more" : "";
    return (numbers.size() == 1 ? "page " : "pages ") + s + more;
  }

  private static IngestException encrypted(Throwable cause) {
    return new IngestException(IngestFailure.ENCRYPTED,
        "password-protected PDF: cannot be read without the password", cause);
  }

  private static IngestException corrupt(String reason, Throwable cause) {
    return new IngestException(IngestFailure.CORRUPT_FILE, "cannot parse PDF: " + reason, cause);
  }

  /** The first line of an exception's message, shortened: enough to tell one kind of damage from another. */
  private static String reason(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > REASON_LENGTH ? line.substring(0, REASON_LENGTH - 3) + "..." : line;
  }
}
