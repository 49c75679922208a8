package org.planex.ingest.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups glyphs that read in one direction into lines (shared baseline) and words (split at space glyphs and
 * at gaps wider than a fraction of a space), in NFC.
 */
final class LineBuilder {

  /** Glyphs whose baselines are this many font sizes apart or less are on one line (superscripts included). */
  private static final double SAME_LINE = 0.45;
  /** A gap wider than this share of a space separates words. */
  private static final double WORD_GAP = 0.4;

  private static final class Row {
    final List<Glyph> glyphs = new ArrayList<>();
    double baseline;
    double size;

    Row(Glyph first) {
      add(first);
    }

    void add(Glyph g) {
      // The baseline of the biggest type is the line's: superscripts and footnote marks ride above it.
      if (glyphs.isEmpty() || (!g.isSpace() && g.size() > size)) {
        baseline = g.baseline();
        size = g.size();
      }
      glyphs.add(g);
    }
  }

  List<TextLine> build(List<Glyph> glyphs) {
    List<Glyph> bases = new ArrayList<>();
    List<Glyph> marks = new ArrayList<>();
    for (Glyph g : glyphs) {
      (g.isMark() ? marks : bases).add(g);
    }
    bases.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0)
        .thenComparingInt(Glyph::order));
    List<Row> rows = new ArrayList<>();
    for (Glyph g : bases) {
      Row row = rows.isEmpty() ? null : rows.getLast();
      if (row != null && Math.abs(g.baseline() - row.baseline) <= SAME_LINE * Math.max(g.size(), row.size)) {
        row.add(g);
      } else {
        rows.add(new Row(g));
      }
    }
    for (Row row : rows) {
      // Glyphs at one position (a legacy font's accent drawn over its letter) keep their content order.
      row.glyphs.sort(Comparator.comparingDouble(Glyph::x0).thenComparingInt(Glyph::order));
    }
    Map<Glyph, StringBuilder> accents = attach(marks, rows);
    List<TextLine> lines = new ArrayList<>();
    for (Row row : rows) {
      TextLine line = line(row, accents);
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * Accents PDFBox did not merge go to their letter: a mark without an advance of its own follows its letter
   * (it is drawn back over it), so it belongs to the last letter starting before it; a mark with an advance
   * belongs to the letter it is centred over.
   */
  private static Map<Glyph, StringBuilder> attach(List<Glyph> marks, List<Row> rows) {
    Map<Glyph, StringBuilder> accents = new IdentityHashMap<>();
    for (Glyph mark : marks) {
      boolean zeroWidth = mark.x1() - mark.x0() < 0.05 * mark.size();
      double cx = (mark.x0() + mark.x1()) / 2;
      Glyph best = null;
      double bestDistance = Double.MAX_VALUE;
      for (Row row : rows) {
        double dy = Math.abs(row.baseline - mark.baseline());
        if (dy > row.size) {
          continue;
        }
        for (Glyph g : row.glyphs) {
          if (g.isSpace() || (zeroWidth && g.x0() >= mark.x0() - 0.05 * mark.size())) {
            continue;
          }
          double d = (zeroWidth ? Math.abs(g.x1() - mark.x0()) : Math.abs((g.x0() + g.x1()) / 2 - cx)) + dy;
          if (d < bestDistance) {
            bestDistance = d;
            best = g;
          }
        }
      }
      if (best != null) {
        accents.computeIfAbsent(best, k -> new StringBuilder()).append(mark.text());
      }
    }
    return accents;
  }

  private static TextLine line(Row row, Map<Glyph, StringBuilder> accents) {
    List<Word> words = new ArrayList<>();
    List<Double> sizes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double x0 = 0;
    double x1 = 0;
    Glyph previous = null;
    boolean spaced = false;
    for (Glyph g : row.glyphs) {
      if (g.isSpace()) {
        spaced = previous != null;
        continue;
      }
      if (previous != null && (spaced || g.x0() - previous.x1() > gap(previous, g))) {
        words.add(word(text, x0, x1));
        text.setLength(0);
      }
      if (text.isEmpty()) {
        x0 = g.x0();
        x1 = g.x1();
      }
      text.append(g.text());
      StringBuilder accent = accents.get(g);
      if (accent != null) {
        text.append(accent);
      }
      x1 = Math.max(x1, g.x1());
      sizes.add(g.size());
      previous = g;
      spaced = false;
    }
    if (text.isEmpty()) {
      return null;
    }
    words.add(word(text, x0, x1));
    sizes.sort(Double::compare);
    return new TextLine(words, row.baseline, sizes.get(sizes.size() / 2));
  }

  private static double gap(Glyph previous, Glyph next) {
    double size = Math.max(previous.size(), next.size());
    double space = previous.spaceWidth();
    // Fonts report odd space widths (none at all, or a full em); a quarter em is the usual space.
    if (space < 0.1 * size || space > 0.6 * size) {
      space = 0.25 * size;
    }
    return WORD_GAP * space;
  }

  private static Word word(StringBuilder text, double x0, double x1) {
    return new Word(Normalizer.normalize(text, Normalizer.Form.NFC), x0, x1);
  }
}
