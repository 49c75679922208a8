package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;

/**
 * Puts each page's lines and tables in reading order as blocks. Lines carry their fill and indent against the
 * text column of all pages of the same width, so that a short last page is measured like the others.
 * Consecutive lines share a paragraph unless a gap clearly wider than the usual line spacing separates them
 * (the line joiner treats a paragraph start as a firm break, so doubtful gaps are left to it).
 */
final class PageBlockAssembler {

  /** Line spacings, in font sizes, that can be ordinary spacing inside a paragraph. */
  private static final double MIN_SPACING = 0.9;
  private static final double MAX_SPACING = 3.0;
  private static final double DEFAULT_SPACING = 1.2;
  /** A gap is a paragraph gap when the spacing is this much wider than the usual one, and ... */
  private static final double GAP_FACTOR = 1.6;
  /** ... at least this many font sizes wider. */
  private static final double GAP_EXTRA = 0.8;

  private final TwoColumnSplitter splitter = new TwoColumnSplitter();

  /** A page's content in reading order: placed lines and tables. */
  private record Item(TwoColumnSplitter.Placed line, PageLayout.PlacedTable table) {}

  List<RawPage> assemble(List<PageLayout> pages) {
    List<List<Item>> ordered = new ArrayList<>();
    Map<Long, List<TextLine>> bodyByWidth = new HashMap<>();
    List<Double> spacings = new ArrayList<>();
    for (PageLayout page : pages) {
      List<Item> items = order(page);
      ordered.add(items);
      TextLine previous = null;
      for (Item item : items) {
        TextLine line = item.line() != null && !item.line().standalone() ? item.line().line() : null;
        if (line != null) {
          bodyByWidth.computeIfAbsent(widthKey(page), k -> new ArrayList<>()).add(line);
          if (previous != null) {
            double spacing = (line.baseline() - previous.baseline()) / previous.size();
            if (spacing >= MIN_SPACING && spacing <= MAX_SPACING) {
              spacings.add(spacing);
            }
          }
        }
        previous = line;
      }
    }
    Map<Long, ColumnBounds> columns = new HashMap<>();
    bodyByWidth.forEach((width, lines) -> columns.put(width, ColumnBounds.of(lines)));
    double usual = usualSpacing(spacings);
    double paragraphGap = Math.max(GAP_FACTOR * usual, usual + GAP_EXTRA);
    List<RawPage> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      PageLayout page = pages.get(p);
      out.add(new RawPage(page.number(), blocks(ordered.get(p), columns.get(widthKey(page)), paragraphGap)));
    }
    return out;
  }

  /** Lines and tables top to bottom; lines between two tables are arranged for side-by-side columns. */
  private List<Item> order(PageLayout page) {
    List<Item> items = new ArrayList<>();
    List<TextLine> pending = new ArrayList<>();
    int t = 0;
    List<PageLayout.PlacedTable> tables = page.tables();
    for (TextLine line : page.lines()) {
      double middle = line.baseline() - 0.3 * line.size();
      while (t < tables.size() && tables.get(t).top() <= middle) {
        flush(pending, items);
        items.add(new Item(null, tables.get(t++)));
      }
      pending.add(line);
    }
    flush(pending, items);
    while (t < tables.size()) {
      items.add(new Item(null, tables.get(t++)));
    }
    return items;
  }

  private void flush(List<TextLine> pending, List<Item> items) {
    for (TwoColumnSplitter.Placed placed : splitter.arrange(pending)) {
      items.add(new Item(placed, null));
    }
    pending.clear();
  }

  private static List<Block> blocks(List<Item> items, ColumnBounds column, double paragraphGap) {
    List<Block> blocks = new ArrayList<>();
    List<Line> paragraph = new ArrayList<>();
    TextLine previous = null;
    for (Item item : items) {
      if (item.table() != null) {
        close(paragraph, blocks);
        blocks.add(new TableBlock(item.table().rows()));
        previous = null;
        continue;
      }
      TextLine line = item.line().line();
      if (item.line().standalone()) {
        close(paragraph, blocks);
        blocks.add(new Paragraph(List.of(toLine(line, column))));
        previous = null;
        continue;
      }
      if (previous != null && (line.baseline() - previous.baseline()) / previous.size() > paragraphGap) {
        close(paragraph, blocks);
      }
      paragraph.add(toLine(line, column));
      previous = line;
    }
    close(paragraph, blocks);
    return blocks;
  }

  private static void close(List<Line> paragraph, List<Block> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Paragraph(paragraph));
      paragraph.clear();
    }
  }

  private static Line toLine(TextLine line, ColumnBounds column) {
    if (column == null) {
      return Line.plain(line.text());
    }
    return new Line(line.text(), null, null, column.fill(line), column.indent(line));
  }

  /** Pages are grouped by their width as read, to the nearest 10 points: portrait and landscape apart. */
  private static long widthKey(PageLayout page) {
    return Math.round(page.width() / 10);
  }

  /** The spacing of lines inside paragraphs: the lower quartile, as gaps between paragraphs only add. */
  private static double usualSpacing(List<Double> spacings) {
    if (spacings.isEmpty()) {
      return DEFAULT_SPACING;
    }
    List<Double> sorted = new ArrayList<>(spacings);
    sorted.sort(Double::compare);
    return sorted.get(sorted.size() / 4);
  }
}
