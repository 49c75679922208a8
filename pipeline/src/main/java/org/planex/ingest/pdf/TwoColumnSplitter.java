package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads side-by-side columns laid out without borders one after the other: the header of a Vietnamese plan
 * (issuer left, national motto right) and its signature block ("Nơi nhận" left, signature right) put two
 * independent text runs on one visual line, which read across would interleave the columns.
 *
 * <p>A column pair starts at a line cut in two by a gap wider than {@value #GAP_EMS} font sizes. It takes in
 * the lines around it that are cut by a (possibly narrower) gap at the same place, and the single runs that
 * belong to one of the columns (lie on its side of the gap and line up with its lines); above the pair only
 * lines that need moving are taken in, that is cut lines and right-column lines. Each column line becomes a
 * paragraph of its own, the left column's first.
 */
final class TwoColumnSplitter {

  static final double GAP_EMS = 3.0;
  /** Next to a pair, a gap this wide that lines up with the pair's gap also splits a line. */
  private static final double NEAR_GAP_EMS = 1.0;
  /** Each side of a split has at least this many letters or digits: a list marker and its tab are no column. */
  private static final int MIN_ALNUM = 3;
  /** A single run lines up with a column when its centre or its left edge is this close to the column's. */
  private static final double CENTRE_EMS = 2.0;
  private static final double LEFT_EMS = 1.0;

  /** A line in reading order; a standalone line is a paragraph on its own. */
  record Placed(TextLine line, boolean standalone) {}

  List<Placed> arrange(List<TextLine> lines) {
    List<Placed> out = new ArrayList<>();
    int free = 0; // lines from here on are not in a pair
    int i = 0;
    while (i < lines.size()) {
      List<TextLine> seed = seedSplit(lines.get(i));
      if (seed == null) {
        out.add(new Placed(lines.get(i), false));
        i++;
        continue;
      }
      Pair pair = new Pair(seed);
      int before = i;
      while (before > free && pair.takeAbove(lines.get(before - 1))) {
        before--;
        out.removeLast();
      }
      int j = i + 1;
      while (j < lines.size() && pair.takeBelow(lines.get(j))) {
        j++;
      }
      pair.left.forEach(l -> out.add(new Placed(l, true)));
      pair.right.forEach(l -> out.add(new Placed(l, true)));
      i = j;
      free = j;
    }
    return out;
  }

  /** The line's two runs when exactly one gap wider than {@link #GAP_EMS} cuts it, else {@code null}. */
  private static List<TextLine> seedSplit(TextLine line) {
    List<TextLine> runs = line.runs(GAP_EMS);
    return runs.size() == 2 && substantial(runs) ? runs : null;
  }

  private static boolean substantial(List<TextLine> runs) {
    return runs.stream().allMatch(r -> r.text().codePoints().filter(Character::isLetterOrDigit).count() >= MIN_ALNUM);
  }

  /** The two columns being collected, and the gap between them. */
  private static final class Pair {
    final List<TextLine> left = new ArrayList<>();
    final List<TextLine> right = new ArrayList<>();
    double gapStart;
    double gapEnd;

    Pair(List<TextLine> runs) {
      gapStart = runs.get(0).right();
      gapEnd = runs.get(1).left();
      left.add(runs.get(0));
      right.add(runs.get(1));
    }

    boolean takeAbove(TextLine line) {
      List<TextLine> split = splitAtGap(line);
      if (split != null) {
        left.addFirst(split.get(0));
        right.addFirst(split.get(1));
        return true;
      }
      if (line.runs(GAP_EMS).size() == 1 && fitsRight(line)) {
        right.addFirst(line);
        return true;
      }
      return false; // a left-column line above the pair is already in its place
    }

    boolean takeBelow(TextLine line) {
      List<TextLine> split = splitAtGap(line);
      if (split != null) {
        left.add(split.get(0));
        right.add(split.get(1));
        return true;
      }
      if (line.runs(GAP_EMS).size() != 1) {
        return false;
      }
      if (fitsLeft(line)) {
        left.add(line);
        return true;
      }
      if (fitsRight(line)) {
        right.add(line);
        return true;
      }
      return false;
    }

    /**
     * The line cut at its widest gap, when that gap overlaps the pair's by at least a font size; the pair's
     * gap narrows to the overlap.
     */
    private List<TextLine> splitAtGap(TextLine line) {
      List<Word> words = line.words();
      int at = -1;
      double widest = NEAR_GAP_EMS * line.size();
      for (int k = 1; k < words.size(); k++) {
        double gap = words.get(k).x0() - words.get(k - 1).x1();
        if (gap >= widest) {
          widest = gap;
          at = k;
        }
      }
      if (at < 0) {
        return null;
      }
      double start = Math.max(gapStart, words.get(at - 1).x1());
      double end = Math.min(gapEnd, words.get(at).x0());
      List<TextLine> runs = List.of(new TextLine(words.subList(0, at), line.baseline(), line.size()),
          new TextLine(words.subList(at, words.size()), line.baseline(), line.size()));
      if (end - start < line.size() || !substantial(runs)) {
        return null;
      }
      gapStart = start;
      gapEnd = end;
      return runs;
    }

    private boolean fitsLeft(TextLine line) {
      return line.right() < gapEnd && linesUp(line, left);
    }

    private boolean fitsRight(TextLine line) {
      return line.left() > gapStart && linesUp(line, right);
    }

    /**
     * Whether the line lines up with the column: centred like one of its lines, or, in a left-aligned column
     * (two or more lines starting at one edge, like the "Nơi nhận" list), starting at that edge.
     */
    private static boolean linesUp(TextLine line, List<TextLine> column) {
      double em = line.size();
      double minLeft = Double.MAX_VALUE;
      for (TextLine other : column) {
        if (Math.abs(other.centre() - line.centre()) <= CENTRE_EMS * em) {
          return true;
        }
        minLeft = Math.min(minLeft, other.left());
      }
      double edge = minLeft;
      long atEdge = column.stream().filter(l -> Math.abs(l.left() - edge) <= LEFT_EMS * em / 2).count();
      return atEdge >= 2 && Math.abs(line.left() - edge) <= LEFT_EMS * em;
    }
  }
}
