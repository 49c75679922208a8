package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;
import org.planex.text.AccentFolding;

/**
 * Unpacks the borderless tables Word users lay the header and the signature out with (issuer left, national
 * motto right; "Nơi nhận" left, signature right) into paragraphs, one column after the other, so the two
 * columns are never interleaved and no such layout is mistaken for a data table.
 */
public final class LayoutTableFilter implements RawFilter {

  private static final List<String> LAYOUT_WORDS = List.of("cong hoa xa hoi chu nghia", "doc lap - tu do",
      "doc lap – tu do", "noi nhan", "tm. ", "kt. ", "kt.", "tm.", "so:", "uy ban nhan dan", "chu tich");

  @Override
  public RawDocument apply(RawDocument document) {
    List<RawPage> pages = new ArrayList<>();
    for (RawPage page : document.pages()) {
      List<Block> blocks = new ArrayList<>();
      for (Block block : page.blocks()) {
        if (block instanceof TableBlock table && isLayout(table)) {
          blocks.addAll(unpack(table));
        } else {
          blocks.add(block);
        }
      }
      pages.add(new RawPage(page.number(), blocks));
    }
    return document.withPages(pages);
  }

  static boolean isLayout(TableBlock table) {
    int rows = table.rows().size();
    int cols = rows == 0 ? 0 : table.rows().getFirst().size();
    if (rows == 0 || rows > 6 || cols > 3) {
      return false;
    }
    for (List<String> row : table.rows()) {
      for (String cell : row) {
        String folded = AccentFolding.fold(cell).toLowerCase(Locale.ROOT);
        for (String word : LAYOUT_WORDS) {
          if (folded.contains(word)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<Block> unpack(TableBlock table) {
    List<Block> out = new ArrayList<>();
    int cols = table.rows().getFirst().size();
    for (int c = 0; c < cols; c++) {
      for (List<String> row : table.rows()) {
        String cell = c < row.size() ? row.get(c) : "";
        List<Line> lines = new ArrayList<>();
        for (String part : cell.split("\n")) {
          if (!part.isBlank()) {
            lines.add(Line.plain(part.strip()));
          }
        }
        // Each in-cell paragraph stands on its own: header and signature lines are never wrapped prose.
        for (Line line : lines) {
          out.add(new Paragraph(List.of(line)));
        }
      }
    }
    return out;
  }
}
