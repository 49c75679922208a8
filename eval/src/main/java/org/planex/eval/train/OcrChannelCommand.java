package org.planex.eval.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planex.diacritics.OcrChannel;
import org.planex.diacritics.OcrChannelEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code planex train ocr-channel}: renders Vietnamese text to page images in several fonts and sizes, reads them
 * back with Tesseract's English model (which reads Vietnamese the way the damaged plans were read: {@code S6},
 * {@code ctia}, {@code nudc}), pairs each syllable with what was read, and learns the letter-level channel.
 */
@Command(name = "ocr-channel", mixinStandardHelpOptions = true,
    description = {"Learn the OCR channel the diacritics model repairs OCR damage with; writes OUT/"
        + OcrChannel.FILE_NAME + ". Needs the tesseract command (training only)."})
final class OcrChannelCommand implements Callable<Integer> {

  static final List<String> FONTS = List.of("Liberation Serif", "Liberation Sans", "DejaVu Serif");
  static final int[] SIZES = {12, 14, 17, 21};
  static final int LINES_PER_PAGE = 36;
  static final int LINE_CHARS = 72;

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder laid out as ../shared/data (default: "
      + "${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models/diacritics");

  @Option(names = "--pages", description = "Pages per font, size and weight (default: ${DEFAULT-VALUE}).")
  int pagesPerStyle = 2;

  @Option(names = "--language", description = "Tesseract language to read with (default: ${DEFAULT-VALUE}).")
  String language = "eng";

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    int styles = FONTS.size() * SIZES.length * 2;
    List<String> lines = sourceLines(styles * pagesPerStyle * LINES_PER_PAGE);
    Path work = Files.createTempDirectory("planex-ocr-channel");
    OcrPairCollector collector = new OcrPairCollector();
    TesseractReader reader = new TesseractReader(language);
    int page = 0;
    for (String font : FONTS) {
      for (int size : SIZES) {
        for (int p = 0; p < 2 * pagesPerStyle; p++, page++) {
          List<String> text = lines.subList(page * LINES_PER_PAGE, (page + 1) * LINES_PER_PAGE);
          Path image = work.resolve("page-" + page + ".png");
          new PageRenderer(font, size, p % 2 == 1).render(text, image);
          collector.add(text, reader.read(image));
          Files.delete(image);
          System.err.printf(Locale.ROOT, "\rpage %d/%d", page + 1, styles * pagesPerStyle);
        }
      }
    }
    Files.deleteIfExists(work);
    System.err.println();
    List<OcrChannelEstimator.Pair> pairs = collector.pairs();
    OcrChannel channel = OcrChannelEstimator.estimate(pairs);
    String description = String.format(Locale.ROOT, "./planex train ocr-channel --data %s --pages %d --language %s"
        + "%n%s, reading %d pages (%d lines from legal/phapdien_dieu.txt and general/viwiki.txt) rendered in %s at "
        + "%s px, regular and bold.%n%,d syllables paired, %,d distinct pairs; the engine read %.2f%% of syllables exactly.%n"
        + "Counts per letter and output (∅ = nothing), learned by hard EM in %d rounds; %.0f s.", data,
        pagesPerStyle, language, TesseractReader.version(), page, lines.size(), String.join(", ", FONTS),
        java.util.Arrays.toString(SIZES), collector.syllables(), pairs.size(),
        100.0 * collector.readExactly() / Math.max(1, collector.syllables()), OcrChannelEstimator.ITERATIONS,
        (System.nanoTime() - started) / 1e9);
    Path file = out.resolve(OcrChannel.FILE_NAME);
    channel.write(file, description);
    System.out.println(description);
    System.out.printf(Locale.ROOT, "wrote %s (%.1f kB, %d letters)%n", file, Files.size(file) / 1e3,
        channel.letters());
    return 0;
  }

  /** Every so many lines of the legal and the general text (half each), cut at spaces into rendered lines. */
  private List<String> sourceLines(int wanted) throws IOException {
    List<String> lines = new ArrayList<>();
    take(data.resolve("legal/phapdien_dieu.txt"), wanted / 2, lines);
    take(data.resolve("general/viwiki.txt"), wanted, lines);
    if (lines.size() < wanted) {
      throw new IOException("not enough text under " + data + " (" + lines.size() + " lines)");
    }
    return lines.subList(0, wanted);
  }

  private static void take(Path source, int upTo, List<String> lines) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null && lines.size() < upTo; line = in.readLine()) {
        if (number++ % 211 == 0 && line.strip().length() >= 30) {
          cut(line.strip(), lines);
        }
      }
    }
  }

  private static void cut(String text, List<String> lines) {
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() + word.length() + 1 > LINE_CHARS && !line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
  }
}
