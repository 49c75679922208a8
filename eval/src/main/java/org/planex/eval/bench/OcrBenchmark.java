package org.planex.eval.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.ingest.ocr.OcrLimits;
import org.planex.ingest.ocr.TesseractLibrary;
import org.planex.pipeline.BatchRunner;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;

/**
 * Pages per minute of {@code planex process} (every stage, workers as a user runs them) on the scanned fixtures'
 * page images, against the bare {@code tesseract} command on the same images run the same way: as many at once
 * as threads, {@code OMP_THREAD_LIMIT=1}, the same trained data. Image-only PDFs are rendered to PNG at
 * {@value OcrLimits#RENDER_DPI} DPI first, outside the timing, so both read exactly the same files. Every figure is
 * the median of timed rounds after one warm-up round.
 */
public final class OcrBenchmark {

  /** Pages per minute of each contender. */
  public record Result(int files, int pages, int threads, int rounds, double bareTesseract, double planex) {

    public String describe() {
      return String.format(
          "%d page images (%d pages), %d at a time, OMP_THREAD_LIMIT=1, median of %d rounds (pages/minute):%n"
              + "  bare tesseract CLI           %8.1f%n"
              + "  planex process (all stages)  %8.1f  (bare tesseract is %.2f× as fast)",
          files, pages, threads, rounds, bareTesseract, planex, bareTesseract / planex);
    }
  }

  private final Path fixtures;
  private final int threads;
  private final int rounds;

  /** @param fixtures the folder of scanned fixtures ({@code corpus/scanned/images}) */
  public OcrBenchmark(Path fixtures, int threads, int rounds) {
    this.fixtures = fixtures;
    this.threads = threads;
    this.rounds = rounds;
  }

  public Result run(Path scratch) throws Exception {
    Path images = Files.createDirectories(scratch.resolve("images"));
    int pages = pageImages(images);
    List<Path> files;
    try (Stream<Path> list = Files.list(images)) {
      files = list.sorted().toList();
    }
    String language = TesseractLibrary.get().language();
    double bare = median(pages, () -> parallel(files, file -> tesseract(file, language)));
    int[] round = {0};
    double planex;
    try (Pipeline pipeline = new Pipeline(new IsolatedIngester(IngestLimits.DEFAULT), Pipeline.standardStages())) {
      planex = median(pages, () -> {
        Path out = scratch.resolve("out-" + round[0]++);
        InputCollector.Collected collected = InputCollector.collect(files, out);
        new BatchRunner(pipeline, new BatchRunner.Options(out, threads, false))
            .run(collected, new Progress(new PrintStream(new ByteArrayOutputStream()), false, true, 0));
      });
    }
    return new Result(files.size(), pages, threads, rounds, bare, planex);
  }

  /** Copies the image fixtures and renders the PDFs' pages; returns the number of pages. */
  private int pageImages(Path images) throws IOException {
    int pages = 0;
    List<Path> fixtureFiles;
    try (Stream<Path> list = Files.list(fixtures)) {
      fixtureFiles = list.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path fixture : fixtureFiles) {
      String name = fixture.getFileName().toString();
      if (!name.endsWith(".pdf")) {
        Files.copy(fixture, images.resolve(name));
        pages += name.endsWith(".tiff") ? frames(fixture) : 1;
        continue;
      }
      try (PDDocument pdf = Loader.loadPDF(fixture.toFile())) {
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
          ImageIO.write(renderer.renderImageWithDPI(i, OcrLimits.RENDER_DPI, ImageType.GRAY), "png",
              images.resolve(name + ".p" + (i + 1) + ".png").toFile());
          pages++;
        }
      }
    }
    return pages;
  }

  private static int frames(Path tiff) throws IOException {
    try (var in = ImageIO.createImageInputStream(tiff.toFile())) {
      var reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      return reader.getNumImages(true);
    }
  }

  private static void tesseract(Path image, String language) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", language)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException("tesseract failed on " + image);
    }
  }

  /** Pages per minute over the timed rounds. */
  private double median(int pages, TimedRounds.Round round) throws Exception {
    return 60 * TimedRounds.medianRate(rounds, pages, round);
  }

  private void parallel(List<Path> files, TimedRounds.PerFile work) throws Exception {
    TimedRounds.parallel(threads, files, work);
  }
}
