package org.planex.eval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.extract.CitationExtractor;
import org.planex.extract.DocumentNumber;
import org.planex.model.Citation;
import org.planex.text.AccentFolding;

/**
 * Citation extraction over a legal corpus in one piece, on one thread: its speed, and its coverage of the source
 * citation that ends each article of phapdien_dieu.txt — "(Điều 12 Thông tư số 145/2020/TT-BCA, có hiệu lực …)".
 * An article counts as covered when a mention found inside its source line has the number printed after "số"
 * (canonicalised) and the type named before it; that check reads the line with a pattern of its own, so the two
 * readings keep each other honest.
 */
public final class CitationBenchmark {

  /** The default corpus: the legal articles the project's data folder holds. */
  public static final Path DEFAULT_DATA = Path.of("../shared/data/legal/phapdien_dieu.txt");

  private static final Pattern SOURCE = Pattern.compile("^\\(Điều [^ ]+ (.+?) số (\\S+?)[,)]");

  /** What one run measured; {@code missed} holds a few uncovered source lines to look at. */
  public record Result(long chars, int sourceLines, int covered, int mentions, double medianSeconds,
      List<String> missed) {

    public double coverage() {
      return sourceLines == 0 ? 0 : covered / (double) sourceLines;
    }

    public double megabytesPerSecond() {
      return chars * 2 / 1e6 / medianSeconds;
    }

    public String describe() {
      return String.format(Locale.ROOT, "citations: %,d chars (%.1f MB as UTF-16) in %.2f s (median), %.1f MB/s, "
          + "%,d mentions%nsource citations covered: %,d of %,d articles (%.2f%%)%s", chars, chars * 2 / 1e6,
          medianSeconds, megabytesPerSecond(), mentions, covered, sourceLines, 100 * coverage(),
          missed.isEmpty() ? "" : "\nfirst misses:\n  " + String.join("\n  ", missed));
    }
  }

  private CitationBenchmark() {}

  /**
   * @param maxChars read at most this many characters (a whole line more), for a quick run; {@code <= 0}: all
   */
  public static Result run(Path data, int rounds, long maxChars) throws IOException {
    String text = Files.readString(data, StandardCharsets.UTF_8);
    if (maxChars > 0 && text.length() > maxChars) {
      int end = text.indexOf('\n', (int) maxChars);
      text = text.substring(0, end < 0 ? text.length() : end + 1);
    }
    // Warm-up: the JIT compiles the finder before the clock runs.
    CitationExtractor.mentions(text.substring(0, Math.min(text.length(), 2_000_000)));
    double[] seconds = new double[Math.max(1, rounds)];
    List<Citation> mentions = List.of();
    for (int r = 0; r < seconds.length; r++) {
      long start = System.nanoTime();
      mentions = CitationExtractor.mentions(text);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return coverage(text, mentions, seconds[seconds.length / 2]);
  }

  private static Result coverage(String text, List<Citation> mentions, double medianSeconds) {
    int sourceLines = 0;
    int covered = 0;
    List<String> missed = new ArrayList<>();
    int next = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      Matcher source = SOURCE.matcher(text).region(lineStart, lineEnd);
      while (next < mentions.size() && mentions.get(next).start() < lineStart) {
        next++;
      }
      if (source.lookingAt() && Character.isDigit(source.group(2).charAt(0))) {
        sourceLines++;
        String number = DocumentNumber.canonical(source.group(2).replaceFirst("\\.$", ""), null);
        String type = fold(source.group(1));
        boolean found = false;
        for (int i = next; i < mentions.size() && mentions.get(i).start() < lineEnd && !found; i++) {
          Citation c = mentions.get(i);
          found = number.equals(c.number()) && type.endsWith(fold(c.type()));
        }
        if (found) {
          covered++;
        } else if (missed.size() < 10) {
          missed.add(text.substring(lineStart, Math.min(lineEnd, lineStart + 160)));
        }
      }
      lineStart = lineEnd + 1;
    }
    return new Result(text.length(), sourceLines, covered, mentions.size(), medianSeconds, missed);
  }

  private static String fold(String words) {
    return AccentFolding.fold(words).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
