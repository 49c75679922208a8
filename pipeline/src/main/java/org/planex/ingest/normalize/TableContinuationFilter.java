package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;

/**
 * Joins a table that a page break cut in two: when the last content of a page is a table and the first
 * content of the next page is a table of the same width, the second continues the first (a header row the
 * source repeated on the new page is dropped). Page furniture must already be gone.
 */
public final class TableContinuationFilter implements RawFilter {

  @Override
  public RawDocument apply(RawDocument document) {
    List<RawPage> pages = document.pages();
    if (pages.size() < 2) {
      return document;
    }
    List<List<Block>> blocks = new ArrayList<>();
    for (RawPage page : pages) {
      blocks.add(new ArrayList<>(page.blocks()));
    }
    for (int p = 1; p < blocks.size(); p++) {
      List<Block> previous = blocks.get(p - 1);
      List<Block> current = blocks.get(p);
      int last = lastContent(previous);
      int first = firstContent(current);
      if (last < 0 || first < 0 || !(previous.get(last) instanceof TableBlock head)
          || !(current.get(first) instanceof TableBlock tail) || width(head) != width(tail)) {
        continue;
      }
      List<List<String>> rows = new ArrayList<>(head.rows());
      List<List<String>> more = tail.rows();
      if (!more.isEmpty() && more.getFirst().equals(head.rows().getFirst())) {
        more = more.subList(1, more.size());
      }
      rows.addAll(more);
      previous.set(last, new TableBlock(rows));
      current.remove(first);
    }
    List<RawPage> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      out.add(new RawPage(pages.get(p).number(), blocks.get(p)));
    }
    return document.withPages(out);
  }

  private static int width(TableBlock table) {
    return table.rows().isEmpty() ? -1 : table.rows().getFirst().size();
  }

  private static int lastContent(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (!isBlank(blocks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int firstContent(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (!isBlank(blocks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(Block block) {
    return block instanceof Paragraph p && p.lines().stream().allMatch(l -> l.text().isBlank());
  }
}
