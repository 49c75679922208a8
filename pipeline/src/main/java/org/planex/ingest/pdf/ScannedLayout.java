package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planex.ingest.ocr.OcrLine;
import org.planex.ingest.ocr.OcrWord;
import org.planex.ingest.ocr.RecognizedPage;

/**
 * Lays a recognised page out as a {@link PageLayout} in points, as if its words were a text layer, so that a
 * scan goes through the same line, column and paragraph handling as a born-digital PDF. The engine reads the
 * two columns of a plan's header as separate blocks; lines of different blocks on one baseline are put back
 * side by side into one visual line, which the {@link TwoColumnSplitter} then reads column by column.
 */
final class ScannedLayout {

  /** Height of capitals above the baseline, as a share of the font size. */
  private static final double CAP_HEIGHT = 0.75;
  /** Lines whose baselines differ by less than this share of their height share a visual line. */
  private static final double SAME_BASELINE = 0.5;
  /** A line this much taller than the page's usual line is set in a larger font; shorter ones are body size. */
  private static final double LARGER_FONT = 1.5;

  private ScannedLayout() {}

  static PageLayout of(RecognizedPage page) {
    double scale = 72.0 / page.dpi();
    List<OcrLine> sorted = new ArrayList<>(page.lines());
    sorted.sort(Comparator.comparingInt(OcrLine::baseline));
    List<List<OcrLine>> rows = new ArrayList<>();
    for (OcrLine line : sorted) {
      List<OcrLine> row = rows.isEmpty() ? null : rows.getLast();
      if (row != null && sameRow(row, line)) {
        row.add(line);
      } else {
        rows.add(new ArrayList<>(List.of(line)));
      }
    }
    // Capitals with stacked accents make a line look taller than its font: the page's usual height is the
    // better measure of body text, which the column splitter's distances are in.
    double usual = median(rows.stream().mapToInt(row -> row.stream().mapToInt(OcrLine::height).max().orElse(1))
        .toArray());
    List<TextLine> lines = new ArrayList<>();
    int usable = 0;
    for (List<OcrLine> row : rows) {
      List<OcrWord> words = row.stream().flatMap(l -> l.words().stream())
          .sorted(Comparator.comparingInt(OcrWord::left)).toList();
      List<Word> placed = new ArrayList<>();
      for (OcrWord w : words) {
        placed.add(new Word(w.text(), w.left() * scale, w.right() * scale));
        usable += (int) w.text().codePoints().filter(Character::isLetterOrDigit).count();
      }
      double baseline = row.stream().mapToInt(OcrLine::baseline).average().orElse(0) * scale;
      double height = row.stream().mapToInt(OcrLine::height).max().orElse(1);
      height = height > LARGER_FONT * usual ? height : usual;
      lines.add(new TextLine(placed, baseline, height * scale / CAP_HEIGHT));
    }
    return new PageLayout(page.number(), page.width() * scale, lines, List.of(), usable, true, null);
  }

  private static double median(int[] values) {
    if (values.length == 0) {
      return 1;
    }
    java.util.Arrays.sort(values);
    return values[values.length / 2];
  }

  /** Whether {@code line} stands on the baseline of {@code row} without overlapping its words. */
  private static boolean sameRow(List<OcrLine> row, OcrLine line) {
    OcrLine first = row.getFirst();
    int tolerance = (int) (SAME_BASELINE * Math.min(first.height(), line.height()));
    if (Math.abs(first.baseline() - line.baseline()) > tolerance) {
      return false;
    }
    for (OcrLine other : row) {
      int left = other.words().getFirst().left();
      int right = other.words().getLast().right();
      if (line.words().getFirst().left() < right && line.words().getLast().right() > left) {
        return false;
      }
    }
    return true;
  }
}
