package org.planex.eval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.planex.diacritics.DiacriticRestorer;
import org.planex.diacritics.DiacriticsModel;
import org.planex.diacritics.DiacriticsModelFile;
import org.planex.text.AccentFolding;
import org.planex.text.Words;

/**
 * Syllables per second of diacritic restoration on one thread, for the model (beam decoding, as the pipeline runs
 * it, and exact decoding) and for the most-frequent-form baseline, run the same way in the same process on the
 * same stripped text (the corpus plans and the committed held-out slices): warm-up rounds first, then the median
 * of timed rounds. It also counts the syllables where the beam's output differs from exact decoding's. A text
 * that reads as OCR-damaged as it is (the OCR'd seed plan) is timed apart, on the OCR path.
 */
public final class DiacriticsBenchmark {

  /**
   * What was measured: rates by elapsed time, and by the thread's own CPU time ({@code cpu…}), which a machine
   * shared with other jobs disturbs less.
   */
  public record Result(int syllables, int rounds, double beam, double loadSeconds, Rate model, Rate exact,
      Rate baseline, long beamDifferences, int ocrSyllables, double ocrRate) {

    public String describe() {
      return String.format(Locale.ROOT,
          "model loaded in %.2f s; %,d syllables of stripped text, one thread, median of %d rounds:%n"
              + "                                     elapsed time      thread CPU time%n"
              + "  language model + Viterbi, beam %.0f   %,12.0f syl/s  %,12.0f syl/s%n"
              + "  language model + exact Viterbi    %,12.0f syl/s  %,12.0f syl/s%n"
              + "  most frequent form (baseline)     %,12.0f syl/s  %,12.0f syl/s%n"
              + "  model / baseline                  %12.3f        %12.3f%n"
              + "beam against exact decoding: %,d of %,d syllables differ%n"
              + "OCR repair (texts read as OCR-damaged, left out above): %,d syllables, %,.0f syllables/s",
          loadSeconds, syllables, rounds, beam, model.elapsed(), model.cpu(), exact.elapsed(), exact.cpu(),
          baseline.elapsed(), baseline.cpu(), model.elapsed() / baseline.elapsed(), model.cpu() / baseline.cpu(),
          beamDifferences, syllables, ocrSyllables, ocrRate);
    }
  }

  /** Syllables per second, by the median round's elapsed time and by the median round's thread CPU time. */
  public record Rate(double elapsed, double cpu) {}

  private final Path modelFile;
  private final List<String> texts;
  private final int rounds;
  private final double beam;

  public DiacriticsBenchmark(Path modelFile, List<Path> sources, int rounds, double beam) throws IOException {
    this.modelFile = modelFile;
    this.rounds = rounds;
    this.beam = beam;
    this.texts = new ArrayList<>();
    for (Path source : sources) {
      for (Path file : textFiles(source)) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }

  public Result run() throws IOException {
    long start = System.nanoTime();
    DiacriticsModel model = DiacriticsModelFile.read(modelFile);
    double load = (System.nanoTime() - start) / 1e9;
    DiacriticRestorer beamed = DiacriticRestorer.viterbi(model, beam);
    // Stripped text is what the rates compare on; OCR-damaged text takes the slower channel path, timed apart.
    // A text is told OCR-damaged as it was read: stripped of its marks, no text reads as damaged any more.
    Map<Boolean, List<String>> byOcr = texts.stream().collect(Collectors.partitioningBy(beamed::readsAsOcr));
    List<String> ocr = byOcr.get(true);
    List<String> stripped = byOcr.get(false).stream().map(AccentFolding::fold).toList();
    int syllables = stripped.stream().mapToInt(t -> Words.of(t).size()).sum();
    int ocrSyllables = ocr.stream().mapToInt(t -> Words.of(t).size()).sum();
    DiacriticRestorer exact = DiacriticRestorer.exact(model);
    Rate modelRate = rate(syllables, beamed, stripped);
    Rate exactRate = rate(syllables, exact, stripped);
    Rate baselineRate = rate(syllables, DiacriticRestorer.mostFrequentForm(model), stripped);
    double ocrRate = ocr.isEmpty() ? 0 : rate(ocrSyllables, beamed, ocr).elapsed();
    long differences = 0;
    for (String text : stripped) {
      List<Words.Word> a = Words.of(beamed.restore(text).text());
      List<Words.Word> b = Words.of(exact.restore(text).text());
      for (int i = 0; i < a.size(); i++) {
        differences += a.get(i).text().equals(b.get(i).text()) ? 0 : 1;
      }
    }
    return new Result(syllables, rounds, beam, load, modelRate, exactRate, baselineRate, differences, ocrSyllables,
        ocrRate);
  }

  private Rate rate(int syllables, DiacriticRestorer restorer, List<String> texts) {
    // Warm-up: the JIT compiles the decoding loop before anything is timed.
    for (int i = 0; i < 3; i++) {
      texts.forEach(restorer::restore);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] seconds = new double[rounds];
    double[] cpuSeconds = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      texts.forEach(restorer::restore);
      cpuSeconds[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    return new Rate(syllables / median(seconds), syllables / median(cpuSeconds));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static List<Path> textFiles(Path source) throws IOException {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    try (Stream<Path> files = Files.list(source)) {
      // Plans' plain-text seeds (the OCR'd one, tien-lang-19-KH-UBND, among them) and synthetic plans; the
      // legacy-encoded renderings (name.tcvn3.txt, …) are not UTF-8 text.
      return files.filter(f -> f.getFileName().toString().matches("[A-Za-z0-9-]+\\.txt")).sorted().toList();
    }
  }
}
