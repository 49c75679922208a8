package org.planex.diacritics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.planex.Corpus;

/**
 * Small models for tests, trained in a second or two on the corpus plans with one plan left out (the one a
 * test then restores), written to a file and read back as the real model is. Cached per JVM.
 */
final class TinyModel {

  /** The OCR'd plan has no diacritics to learn from. */
  static final String OCR_PLAN = "tien-lang-19-KH-UBND.txt";

  private static final Map<String, DiacriticsModel> CACHE = new ConcurrentHashMap<>();

  private TinyModel() {}

  /** A trigram model trained without {@code leftOut}. */
  static DiacriticsModel without(String leftOut) {
    return without(leftOut, 3);
  }

  static DiacriticsModel without(String leftOut, int order) {
    return CACHE.computeIfAbsent(leftOut + "@" + order, key -> train(leftOut, order));
  }

  static List<Path> plans() {
    try (Stream<Path> files = Files.list(Corpus.root().resolve("corpus/plans"))) {
      return files.filter(f -> f.getFileName().toString().matches("[a-z0-9-]+\\.txt"))
          .filter(f -> !f.getFileName().toString().equals(OCR_PLAN)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DiacriticsModel train(String leftOut, int order) {
    try {
      List<Path> training = plans().stream().filter(p -> !p.getFileName().toString().equals(leftOut)).toList();
      FrequentWords frequent = new FrequentWords();
      for (Path plan : training) {
        Files.readAllLines(plan, StandardCharsets.UTF_8).forEach(frequent::add);
      }
      DiacriticsTrainer trainer = new DiacriticsTrainer(KneserNeyEstimator.Options.of(order, 1, 1),
          frequent.top(3, 500));
      for (Path plan : training) {
        Files.readAllLines(plan, StandardCharsets.UTF_8).forEach(line -> trainer.add(line, 1));
      }
      Path file = Files.createTempFile("planex-tiny", ".lm");
      file.toFile().deleteOnExit();
      trainer.write(file, "test model without " + leftOut);
      return DiacriticsModelFile.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
