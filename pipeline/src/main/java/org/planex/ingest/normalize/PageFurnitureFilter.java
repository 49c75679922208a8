package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.text.AccentFolding;

/**
 * Removes page numbers and running headers/footers: the first and last lines of pages that are a bare page
 * number ("3", "- 3 -", "Trang 3/5"), or that repeat at the same edge of at least half the pages. Only
 * page edges are looked at, so numbers inside the text (table row numbers) are safe.
 */
public final class PageFurnitureFilter implements RawFilter {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^[-–—\\s]*(?:trang\\s*)?\\d{1,4}(?:\\s*(?:/|tren|of)\\s*\\d{1,4})?[-–—\\s]*$");
  private static final int EDGE_LINES = 2;

  @Override
  public RawDocument apply(RawDocument document) {
    List<RawPage> pages = document.pages();
    if (pages.size() < 2) {
      return document;
    }
    Map<String, Integer> topCounts = new HashMap<>();
    Map<String, Integer> bottomCounts = new HashMap<>();
    for (RawPage page : pages) {
      List<String> lines = lineTexts(page);
      for (String key : edgeKeys(lines, true)) {
        topCounts.merge(key, 1, Integer::sum);
      }
      for (String key : edgeKeys(lines, false)) {
        bottomCounts.merge(key, 1, Integer::sum);
      }
    }
    int repeated = Math.max(2, (pages.size() + 1) / 2);
    List<RawPage> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      // The first page opens with the real header, which a running header may copy: keep it there.
      Map<String, Integer> top = i == 0 ? Map.of() : topCounts;
      out.add(strip(pages.get(i), top, bottomCounts, repeated));
    }
    return document.withPages(out);
  }

  private static RawPage strip(RawPage page, Map<String, Integer> top, Map<String, Integer> bottom, int repeated) {
    List<String> texts = lineTexts(page);
    boolean[] drop = new boolean[texts.size()];
    markEdge(texts, drop, top, repeated, true);
    markEdge(texts, drop, bottom, repeated, false);
    int index = 0;
    List<Block> blocks = new ArrayList<>();
    for (Block block : page.blocks()) {
      if (block instanceof Paragraph p) {
        List<Line> kept = new ArrayList<>();
        for (Line line : p.lines()) {
          if (!drop[index++]) {
            kept.add(line);
          }
        }
        if (!kept.isEmpty()) {
          blocks.add(new Paragraph(kept));
        }
      } else {
        blocks.add(block);
      }
    }
    return new RawPage(page.number(), blocks);
  }

  private static void markEdge(List<String> texts, boolean[] drop, Map<String, Integer> counts, int repeated,
      boolean top) {
    int seen = 0;
    for (int k = 0; k < texts.size() && seen < EDGE_LINES; k++) {
      int i = top ? k : texts.size() - 1 - k;
      String text = texts.get(i);
      if (text.isBlank()) {
        continue;
      }
      seen++;
      String key = key(text);
      if (isPageNumber(text) || (key.length() > 2 && counts.getOrDefault(key, 0) >= repeated)) {
        drop[i] = true;
      } else {
        return;
      }
    }
  }

  private static List<String> edgeKeys(List<String> lines, boolean top) {
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < lines.size() && keys.size() < EDGE_LINES; k++) {
      String text = lines.get(top ? k : lines.size() - 1 - k);
      if (!text.isBlank()) {
        keys.add(key(text));
      }
    }
    return keys;
  }

  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(AccentFolding.fold(text).toLowerCase(Locale.ROOT)).matches();
  }

  /** Running headers differ between pages only in their numbers. */
  private static String key(String text) {
    String folded = AccentFolding.fold(text).toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    return folded.replaceAll("\\s+", " ").strip();
  }

  /** The page's paragraph lines in order; tables are not page furniture. */
  private static List<String> lineTexts(RawPage page) {
    List<String> texts = new ArrayList<>();
    for (Block block : page.blocks()) {
      if (block instanceof Paragraph p) {
        p.lines().forEach(l -> texts.add(l.text()));
      }
    }
    return texts;
  }
}
