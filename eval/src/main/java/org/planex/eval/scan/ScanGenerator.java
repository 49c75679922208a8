package org.planex.eval.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planex.eval.render.FixtureGenerator;
import org.planex.eval.render.PdfWriter;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PageSpan;
import org.planex.model.PlanDocument;

/**
 * Writes the scanned fixtures: pages of the born-digital PDF renderings rasterised, damaged and saved as scans
 * ({@code images/}), each with the text of the same pages as the pipeline reads them from the born-digital PDF
 * ({@code truth/<name>.txt}), which OCR is scored against. Regenerating gives the same files.
 */
public final class ScanGenerator {

  private final Path plans;
  private final Path restored;
  private final Path fontDir;
  private final Path out;
  private final Consumer<String> log;

  /**
   * @param plans the folder of the seeds' PDF renderings
   * @param restored the Tiên Lãng plan's true text
   * @param out the folder to write {@code images/} and {@code truth/} into
   */
  public ScanGenerator(Path plans, Path restored, Path fontDir, Path out, Consumer<String> log) {
    this.plans = plans;
    this.restored = restored;
    this.fontDir = fontDir;
    this.out = out;
    this.log = log;
  }

  public List<Path> generate() throws IOException, IngestException {
    Path images = Files.createDirectories(out.resolve("images"));
    Path truths = Files.createDirectories(out.resolve("truth"));
    LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT);
    Path tienLang = Files.createTempFile("tien-lang", ".pdf");
    List<Path> written = new ArrayList<>();
    try {
      PdfWriter writer = new PdfWriter(fontDir, FixtureGenerator.STAMP);
      Files.write(tienLang, writer.write(TienLangLayout.of(restored, ingester)));
      for (ScannedFixture fixture : ScannedFixture.all()) {
        Path pdf = fixture.source().equals(TienLangLayout.NAME) ? tienLang : plans.resolve(fixture.source() + ".pdf");
        PlanDocument digital = ingester.ingest(pdf);
        List<Integer> pages = fixture.pages().isEmpty() ? digital.pages().stream().map(PageSpan::number).toList()
            : fixture.pages();
        Path image = images.resolve(fixture.fileName());
        Files.write(image, fixture.format().write(scan(pdf, pages, fixture), fixture.dpi()));
        Path truth = truths.resolve(fixture.name() + ".txt");
        String text = fixture.pages().isEmpty() ? digital.originalText() : pagesText(pdf, pages, ingester);
        Files.writeString(truth, text.strip() + "\n", StandardCharsets.UTF_8);
        written.add(image);
        written.add(truth);
        log.accept(String.format("wrote %s (%d pages, %,d bytes)", image, pages.size(), Files.size(image)));
      }
    } finally {
      Files.deleteIfExists(tienLang);
    }
    return written;
  }

  private static List<BufferedImage> scan(Path pdf, List<Integer> pages, ScannedFixture fixture) throws IOException {
    List<BufferedImage> images = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page : pages) {
        BufferedImage clean = renderer.renderImageWithDPI(page - 1, fixture.dpi(), ImageType.GRAY);
        images.add(fixture.damage().apply(clean, fixture.name().hashCode() * 31L + page));
      }
    }
    return images;
  }

  /**
   * The text of {@code pages} as the pipeline reads them from a PDF of those pages alone: a paragraph carried over
   * from an earlier page starts this text, as it starts the scan.
   */
  private static String pagesText(Path pdf, List<Integer> pages, LocalIngester ingester)
      throws IOException, IngestException {
    Path part = Files.createTempFile("scan-pages", ".pdf");
    try (PDDocument whole = Loader.loadPDF(pdf.toFile()); PDDocument subset = new PDDocument()) {
      for (int page : pages) {
        subset.importPage(whole.getPage(page - 1));
      }
      subset.save(part.toFile());
      return ingester.ingest(part).originalText();
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
