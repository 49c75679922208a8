package org.planex.eval.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.planex.eval.run.HeldOutSlices;

/**
 * The training text of the diacritics model, from data folders laid out as {@code ../shared/data} (see its
 * README): legal text (Pháp điển articles, the VLC laws), the VNTC news training files, general text
 * (Wikipedia, UD Vietnamese-VTB train, news sentences, LibreOffice and Debian translations) and the names of
 * administrative units from the gazetteers. Legal text and unit names, the wording of plans, count
 * {@code legalWeight} times.
 *
 * <p>Left out, so that the evaluation measures text the model never saw: the held-out laws of
 * {@link HeldOutSlices}, and every Pháp điển article whose source note cites one of them; the VNTC
 * {@code Test_Full} files; UD-VTB's test split; the development laws and UD-VTB's dev split this class
 * measures training runs on ({@link #devLaws}); any line sharing a run of syllables with the held-out text
 * ({@link HeldOutShingles}); and the annotated corpus of plans, which is never read.
 */
final class TrainingCorpus {

  /** Every 21st law from the 15th: ten laws for development, disjoint from the held-out ones (from the 5th). */
  static final int DEV_LAW_OFFSET = 14;
  private static final Pattern LAW_NUMBER = Pattern.compile("\\d+/\\d{4}/QH\\d+");

  /** One source as read: lines fed to training, lines dropped for overlapping held-out text. */
  record SourceReport(String name, int weight, long lines, long dropped, long excludedArticles) {}

  /** Receives training lines. */
  interface LineSink {
    void accept(String line, int weight);
  }

  private final List<Path> dataDirs;
  private final int legalWeight;
  private final HeldOutShingles heldOut;

  TrainingCorpus(List<Path> dataDirs, int legalWeight, HeldOutShingles heldOut) {
    this.dataDirs = List.copyOf(dataDirs);
    this.legalWeight = legalWeight;
    this.heldOut = heldOut;
  }

  static List<Path> devLaws(Path data) throws IOException {
    List<Path> laws = lawsIn(data.resolve("legal/uts-vlc/processed2023"));
    List<Path> dev = new ArrayList<>();
    for (int i = DEV_LAW_OFFSET; i < laws.size(); i += HeldOutSlices.LAW_STRIDE) {
      dev.add(laws.get(i));
    }
    return dev;
  }

  /** Feeds every training line to {@code sink}; returns what each source gave. */
  List<SourceReport> feed(LineSink sink) throws IOException {
    List<SourceReport> reports = new ArrayList<>();
    for (Path data : dataDirs) {
      Set<Path> leftOut = new HashSet<>();
      Set<String> leftOutNumbers = new HashSet<>();
      if (Files.isDirectory(data.resolve("legal/uts-vlc/processed2023"))) {
        leftOut.addAll(HeldOutSlices.heldOutLaws(data));
        leftOut.addAll(devLaws(data));
        for (Path law : leftOut) {
          leftOutNumbers.addAll(lawNumbers(law));
        }
      }
      Path phapdien = data.resolve("legal/phapdien_dieu.txt");
      if (Files.isRegularFile(phapdien)) {
        reports.add(articles(phapdien, leftOutNumbers, sink));
      }
      List<Path> laws = new ArrayList<>();
      laws.addAll(lawsIn(data.resolve("legal/uts-vlc/processed2023")));
      laws.addAll(lawsIn(data.resolve("legal/uts-vlc/corpus2021_extra")));
      laws.removeAll(leftOut);
      reports.add(lines("legal/uts-vlc (" + laws.size() + " laws)", laws, legalWeight, sink));
      reports.add(gazetteers(data, sink));
      reports.add(lines("news/Train_Full__*", filesIn(data.resolve("news"), "Train_Full__"), 0, 1, sink));
      // The test files past the held-out slice are news like any other; the slice and its copies stay out.
      reports.add(lines("news/Test_Full__* after the held-out slice", filesIn(data.resolve("news"), "Test_Full__"),
          HeldOutSlices.NEWS_LINES, 1, sink));
      List<Path> general = new ArrayList<>();
      general.addAll(filesIn(data.resolve("general"), ""));
      general.add(data.resolve("general/ud-vtb/vi_vtb-ud-train.txt"));
      general.addAll(filesIn(data.resolve("general/uts-col"), ""));
      general.addAll(filesIn(data.resolve("general/debian-l10n"), ""));
      reports.add(lines("general (viwiki, ud-vtb train, uts-col, debian-l10n)", general, 1, sink));
    }
    return reports;
  }

  private SourceReport lines(String name, List<Path> files, int weight, LineSink sink) throws IOException {
    return lines(name, files, 0, weight, sink);
  }

  /** The non-blank lines of {@code files}, each file's first {@code skip} left out. */
  private SourceReport lines(String name, List<Path> files, int skip, int weight, LineSink sink) throws IOException {
    long fed = 0;
    long dropped = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int seen = 0;
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.isBlank() || seen++ < skip) {
            continue;
          }
          if (heldOut.overlaps(line)) {
            dropped++;
            continue;
          }
          sink.accept(line, weight);
          fed++;
        }
      }
    }
    return new SourceReport(name, weight, fed, dropped, 0);
  }

  /** Pháp điển articles (blank-line separated), without those whose source note cites a left-out law. */
  private SourceReport articles(Path file, Set<String> leftOutNumbers, LineSink sink) throws IOException {
    long fed = 0;
    long dropped = 0;
    long excluded = 0;
    List<String> article = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); ; line = reader.readLine()) {
        if (line != null && !line.isBlank()) {
          article.add(line);
          continue;
        }
        if (!article.isEmpty()) {
          if (citesAny(article, leftOutNumbers)) {
            excluded++;
          } else {
            for (String l : article) {
              if (heldOut.overlaps(l)) {
                dropped++;
              } else {
                sink.accept(l, legalWeight);
                fed++;
              }
            }
          }
          article.clear();
        }
        if (line == null) {
          break;
        }
      }
    }
    return new SourceReport("legal/phapdien_dieu.txt", legalWeight, fed, dropped, excluded);
  }

  private static boolean citesAny(List<String> article, Set<String> numbers) {
    for (String line : article) {
      Matcher m = LAW_NUMBER.matcher(line);
      while (m.find()) {
        if (numbers.contains(m.group())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The law's own numbers ({@code Luật số: 92/2015/QH13}), from its first lines. */
  private static Set<String> lawNumbers(Path law) throws IOException {
    Set<String> numbers = new HashSet<>();
    try (Stream<String> lines = Files.lines(law, StandardCharsets.UTF_8)) {
      lines.limit(8).forEach(line -> {
        Matcher m = LAW_NUMBER.matcher(line);
        while (m.find()) {
          numbers.add(m.group());
        }
      });
    }
    return numbers;
  }

  /** Unit names as they stand in plans: "Phường Ba Đình, Thành phố Hà Nội", before and after the 2025 reform. */
  private SourceReport gazetteers(Path data, LineSink sink) throws IOException {
    long fed = 0;
    Path units2025 = data.resolve("gazetteer/units-2025/vn_units_2025.json");
    if (Files.isRegularFile(units2025)) {
      for (JsonNode province : new ObjectMapper().readTree(units2025.toFile())) {
        String provinceName = province.path("FullName").asText();
        sink.accept(provinceName, legalWeight);
        fed++;
        for (JsonNode ward : province.path("Wards")) {
          sink.accept(ward.path("FullName").asText() + ", " + provinceName, legalWeight);
          fed++;
        }
      }
    }
    Path unitsBefore = data.resolve("gazetteer/units-pre-2025/admin_units.tsv");
    if (Files.isRegularFile(unitsBefore)) {
      List<String> rows = Files.readAllLines(unitsBefore, StandardCharsets.UTF_8);
      for (String row : rows.subList(1, rows.size())) {
        String[] cells = row.split("\t", -1);
        if (cells.length >= 5) {
          String parents = cells[4].isBlank() ? "" : ", " + String.join(", ", cells[4].split(" / "));
          sink.accept(cells[3] + parents, legalWeight);
          fed++;
        }
      }
    }
    return new SourceReport("gazetteer (units 2025 and before)", legalWeight, fed, 0, 0);
  }

  private static List<Path> lawsIn(Path dir) throws IOException {
    return filesIn(dir, "");
  }

  /** The {@code .txt} files directly in {@code dir} whose name starts with {@code prefix}, sorted. */
  private static List<Path> filesIn(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
