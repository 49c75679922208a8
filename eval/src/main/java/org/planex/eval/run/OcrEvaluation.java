package org.planex.eval.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.planex.eval.score.CharacterErrorRate;
import org.planex.ingest.ocr.TesseractLibrary;
import org.planex.model.PlanDocument;
import org.planex.pipeline.Stage;
import org.planex.text.AccentFolding;

/**
 * OCR: character error rate of each scanned fixture ({@code corpus/scanned/images}) against the text of the
 * born-digital pages it was made from ({@code corpus/scanned/truth}), as read (NFC) and with diacritics ignored
 * (what the recognition got right letter by letter), and after the diacritics stage has run on the OCR output,
 * to show what restoration gains or costs on it. Metrics are accuracies (1 − CER) so that floors are minimums.
 */
final class OcrEvaluation implements EvaluationPart {

  /** One fixture read: its error rates as read, without diacritics, and after restoration. */
  private record Scored(String name, int pages, double confidence, CharacterErrorRate read,
      CharacterErrorRate folded, CharacterErrorRate restored) {}

  @Override
  public void run(EvalContext context, Report.Builder report) throws Exception {
    StringBuilder table = new StringBuilder("## ocr — character error rate of scanned fixtures\n\n");
    Path scanned = context.corpus().root().resolve("scanned");
    List<Path> images = images(scanned.resolve("images"));
    if (images.isEmpty()) {
      report.table(table.append("No scanned fixtures in this corpus (`./planex fixtures --scanned`).\n").toString());
      return;
    }
    TesseractLibrary library;
    try {
      library = TesseractLibrary.get();
    } catch (TesseractLibrary.Unavailable e) {
      report.table(table.append("Not scored: ").append(e.getMessage()).append('\n').toString());
      return;
    }
    Optional<Stage> restorer = StageStatus.find("diacritics");
    List<Scored> scores = score(context, scanned, images, restorer);
    table.append("Engine: tesseract ").append(library.version()).append(", trained data `")
        .append(library.language()).append("`. CER in NFC with whitespace collapsed; ")
        .append("\"no diacritics\" folds both texts first; \"restored\" is after the diacritics stage.\n\n")
        .append("| fixture | pages | mean confidence | chars | CER | CER no diacritics | CER restored |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    CharacterErrorRate read = CharacterErrorRate.ZERO;
    CharacterErrorRate folded = CharacterErrorRate.ZERO;
    CharacterErrorRate restored = CharacterErrorRate.ZERO;
    for (Scored s : scores) {
      report.metric("ocr." + s.name() + ".accuracy", 1 - s.read().rate());
      report.metric("ocr." + s.name() + ".folded.accuracy", 1 - s.folded().rate());
      read = read.plus(s.read());
      folded = folded.plus(s.folded());
      restored = restored.plus(s.restored());
      table.append("| ").append(s.name()).append(" | ").append(s.pages()).append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.1f", s.confidence())).append(" | ")
          .append(Percent.count(s.read().length())).append(" | ").append(Percent.of(s.read().rate())).append(" | ")
          .append(Percent.of(s.folded().rate())).append(" | ")
          .append(restorer.isPresent() ? Percent.of(s.restored().rate()) : "—").append(" |\n");
    }
    report.metric("ocr.all.accuracy", 1 - read.rate());
    report.metric("ocr.all.folded.accuracy", 1 - folded.rate());
    table.append("| **all** | | | ").append(Percent.count(read.length())).append(" | **")
        .append(Percent.of(read.rate())).append("** | ").append(Percent.of(folded.rate())).append(" | ");
    if (restorer.isPresent()) {
      report.metric("ocr.all.restored.accuracy", 1 - restored.rate());
      double gain = read.rate() - restored.rate();
      table.append(Percent.of(restored.rate())).append(" |\n\nDiacritics stage on OCR output: CER ")
          .append(Percent.of(read.rate())).append(" → ").append(Percent.of(restored.rate())).append(" (")
          .append(gain >= 0 ? "gain " : "loss ").append(String.format(java.util.Locale.ROOT, "%.2f",
              Math.abs(gain) * 100)).append(" points).\n");
    } else {
      table.append("— |\n");
    }
    report.table(table.toString());
  }

  private static List<Path> images(Path folder) throws java.io.IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Reads the fixtures two at a time, so single-page ones keep both cores busy too. */
  private static List<Scored> score(EvalContext context, Path scanned, List<Path> images, Optional<Stage> restorer)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<Scored>> futures = new ArrayList<>();
      for (Path image : images) {
        futures.add(pool.submit(() -> scoreOne(context, scanned, image, restorer)));
      }
      List<Scored> out = new ArrayList<>();
      for (Future<Scored> future : futures) {
        out.add(future.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Scored scoreOne(EvalContext context, Path scanned, Path image, Optional<Stage> restorer)
      throws Exception {
    String file = image.getFileName().toString();
    String name = file.substring(0, file.lastIndexOf('.'));
    String truth = Files.readString(scanned.resolve("truth").resolve(name + ".txt"), StandardCharsets.UTF_8);
    PlanDocument document = context.ingester().ingest(image);
    String read = document.originalText();
    CharacterErrorRate restored = restorer.isPresent()
        ? CharacterErrorRate.of(truth, restorer.get().apply(document).text()) : CharacterErrorRate.ZERO;
    double confidence = document.source().ocr() == null ? 0 : document.source().ocr().pages().stream()
        .mapToDouble(p -> p.confidence()).average().orElse(0);
    return new Scored(name, document.source().pages() == null ? 1 : document.source().pages(), confidence,
        CharacterErrorRate.of(truth, read), CharacterErrorRate.of(AccentFolding.fold(truth), AccentFolding.fold(read)),
        restored);
  }
}
