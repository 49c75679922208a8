package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Turns a page's characters and rulings into a {@link PageLayout}: chooses the orientation the page is read
 * in, finds its ruled tables and fills them, and builds the text lines outside them.
 */
final class PageAnalyzer {

  private final TableGridBuilder gridBuilder = new TableGridBuilder();
  private final TableTextBuilder tableTextBuilder = new TableTextBuilder();
  private final LineBuilder lineBuilder = new LineBuilder();

  PageLayout analyze(int number, PDPage page, List<TextChar> chars, List<RulingCollector.Segment> segments,
      boolean drawsImages, String failure) {
    PageFrame frame = readingFrame(page, chars);
    List<Glyph> glyphs = new ArrayList<>(chars.size());
    for (int i = 0; i < chars.size(); i++) {
      TextChar c = chars.get(i);
      int direction = frame.textDirection(c.dirX(), c.dirY());
      if (direction >= 0) { // slanted text is a watermark, not content
        glyphs.add(Glyph.place(c, frame, direction, i));
      }
    }
    List<Ruling> rulings = new ArrayList<>();
    for (RulingCollector.Segment s : segments) {
      Ruling r = s.toRuling(frame);
      if (r != null) {
        rulings.add(r);
      }
    }
    List<TableGrid> grids = gridBuilder.build(rulings);
    Map<TableGrid, List<Glyph>> inTables = new IdentityHashMap<>();
    List<Glyph> flow = new ArrayList<>();
    for (Glyph g : glyphs) {
      TableGrid grid = grids.stream().filter(t -> t.contains(g.centreX(), g.centreY())).findFirst().orElse(null);
      if (grid != null) {
        inTables.computeIfAbsent(grid, k -> new ArrayList<>()).add(g);
      } else if (g.direction() == 0) {
        flow.add(g); // sideways text outside tables is margin notes and stamps
      }
    }
    List<PageLayout.PlacedTable> tables = new ArrayList<>();
    for (TableGrid grid : grids) {
      List<Glyph> inside = inTables.get(grid);
      if (inside != null) {
        List<List<String>> rows = tableTextBuilder.rows(grid, inside);
        if (!rows.isEmpty()) {
          tables.add(new PageLayout.PlacedTable(grid.top(), rows));
        }
      }
    }
    return new PageLayout(number, frame.readingWidth(), lineBuilder.build(flow), tables, usableChars(chars),
        drawsImages, failure);
  }

  /**
   * The page's own rotation, unless most of its text reads sideways in it (a landscape table drawn turned on
   * a portrait page): then the quarter turn that sets most text upright.
   */
  private static PageFrame readingFrame(PDPage page, List<TextChar> chars) {
    PageFrame base = PageFrame.of(page, PageFrame.rotationOf(page));
    PageFrame best = base;
    int bestUpright = upright(base, chars);
    for (int turn = 90; turn < 360; turn += 90) {
      PageFrame candidate = base.rotatedBy(turn);
      int upright = upright(candidate, chars);
      if (upright > bestUpright) {
        best = candidate;
        bestUpright = upright;
      }
    }
    return best;
  }

  private static int upright(PageFrame frame, List<TextChar> chars) {
    int n = 0;
    for (TextChar c : chars) {
      if (!c.text().isBlank() && frame.textDirection(c.dirX(), c.dirY()) == 0) {
        n++;
      }
    }
    return n;
  }

  /** Letters and digits, not counting private-use code points (glyphs of fonts without a Unicode mapping). */
  private static int usableChars(List<TextChar> chars) {
    int n = 0;
    for (TextChar c : chars) {
      for (int i = 0; i < c.text().length(); i++) {
        char ch = c.text().charAt(i);
        if (Character.isLetterOrDigit(ch) && Character.getType(ch) != Character.PRIVATE_USE) {
          n++;
        }
      }
    }
    return n;
  }
}
