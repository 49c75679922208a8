package org.planex.eval.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.planex.text.TonePlacement;

/**
 * The held-out text of the diacritics evaluation, cut from {@code ../shared/data} by whole documents so the
 * model can leave the same documents out of training ({@code eval/data/diacritics/README.md} lists them):
 * ten laws from the VLC legal corpus and the UD Vietnamese-VTB test sentences are committed; the VNTC news
 * test articles cannot be shipped and are read from {@code ../shared/data} where it exists.
 */
public final class HeldOutSlices {

  /** Every 21st law of {@code legal/uts-vlc/processed2023}, in name order, from the fifth. */
  public static final int LAW_STRIDE = 21;
  public static final int LAW_OFFSET = 4;
  private static final int LINES_PER_LAW = 60;
  /** Non-blank lines (articles) of each VNTC test file that are the held-out news slice. */
  public static final int NEWS_LINES = 100;

  private HeldOutSlices() {}

  /** The laws held out of training, by file name. */
  public static List<Path> heldOutLaws(Path sharedData) throws IOException {
    List<Path> laws;
    try (Stream<Path> files = Files.list(sharedData.resolve("legal/uts-vlc/processed2023"))) {
      laws = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> held = new ArrayList<>();
    for (int i = LAW_OFFSET; i < laws.size(); i += LAW_STRIDE) {
      held.add(laws.get(i));
    }
    return held;
  }

  /** Writes {@code legal-heldout.txt} and {@code general-heldout.txt} into {@code out}. */
  public static List<Path> build(Path sharedData, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> legal = new ArrayList<>();
    for (Path law : heldOutLaws(sharedData)) {
      legal.addAll(runningSentences(law));
    }
    List<String> general = Files.readAllLines(sharedData.resolve("general/ud-vtb/vi_vtb-ud-test.txt"),
        StandardCharsets.UTF_8).stream().map(HeldOutSlices::normalise).filter(line -> !line.isBlank()).toList();
    Path legalFile = out.resolve("legal-heldout.txt");
    Path generalFile = out.resolve("general-heldout.txt");
    Files.writeString(legalFile, String.join("\n", legal) + "\n", StandardCharsets.UTF_8);
    Files.writeString(generalFile, String.join("\n", general) + "\n", StandardCharsets.UTF_8);
    return List.of(legalFile, generalFile);
  }

  /**
   * The first running sentences of a law (at least 8 words, not all capitals): the header lines and chapter
   * titles are not what a plan restores.
   */
  public static List<String> runningSentences(Path law) throws IOException {
    return Files.readAllLines(law, StandardCharsets.UTF_8).stream().map(HeldOutSlices::normalise)
        .filter(line -> line.split("\\s+").length >= 8 && !line.equals(line.toUpperCase()))
        .limit(LINES_PER_LAW).toList();
  }

  /** The first lines of each VNTC test file, in a temporary file; null when the data is not there. */
  /** Whether a metric is measured on a slice only {@code ../shared/data} holds (the news, never shipped). */
  public static boolean needsSharedData(String metric) {
    return metric.startsWith("diacritics.heldout.news.");
  }

  public static Path newsSlice(Path sharedData) {
    try {
      List<String> lines = new ArrayList<>();
      for (String name : List.of("Test_Full__Chinh_tri_Xa_hoi.txt", "Test_Full__Phap_luat.txt")) {
        Path file = sharedData.resolve("news").resolve(name);
        if (!Files.isRegularFile(file)) {
          return null;
        }
        try (Stream<String> read = Files.lines(file, StandardCharsets.UTF_8)) {
          read.map(HeldOutSlices::normalise).filter(line -> !line.isBlank()).limit(NEWS_LINES).forEach(lines::add);
        }
      }
      Path slice = Files.createTempFile("planex-news-heldout", ".txt");
      slice.toFile().deleteOnExit();
      Files.writeString(slice, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return slice;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalise(String line) {
    return TonePlacement.toClassic(Normalizer.normalize(line, Normalizer.Form.NFC)).strip();
  }
}
