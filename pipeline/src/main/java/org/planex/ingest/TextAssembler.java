package org.planex.ingest;

import java.util.ArrayList;
import java.util.List;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;
import org.planex.model.HeadingHint;
import org.planex.model.PageSpan;
import org.planex.model.Table;

/**
 * Lays a repaired raw document out as {@code originalText}: one line per paragraph, one line per table row
 * with its cells separated by tabs, and records where pages, tables and heading hints fall in it.
 */
final class TextAssembler {

  /** The text and the spans into it. */
  record Assembled(String text, List<PageSpan> pages, List<Table> tables, List<HeadingHint> headingHints) {}

  private TextAssembler() {}

  static Assembled assemble(RawDocument document) {
    StringBuilder text = new StringBuilder();
    List<PageSpan> pages = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    List<HeadingHint> hints = new ArrayList<>();
    for (RawPage page : document.pages()) {
      int pageStart = text.length();
      for (Block block : page.blocks()) {
        switch (block) {
          case Paragraph p -> {
            for (Line line : p.lines()) {
              int start = newLine(text);
              text.append(line.text());
              if (line.headingSource() != null) {
                hints.add(new HeadingHint(start, text.length(), line.headingLevel(), line.headingSource()));
              }
            }
          }
          case TableBlock t -> {
            int start = -1;
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : t.rows()) {
              List<String> cells = row.stream().map(c -> c.replace('\n', ' ').strip()).toList();
              int rowStart = newLine(text);
              start = start < 0 ? rowStart : start;
              text.append(String.join("\t", cells));
              rows.add(cells);
            }
            if (start >= 0) {
              tables.add(new Table(page.number(), start, text.length(), rows));
            }
          }
        }
      }
      if (page.number() != null) {
        int start = Math.min(pageStart + (pageStart > 0 && text.length() > pageStart ? 1 : 0), text.length());
        pages.add(new PageSpan(page.number(), start, text.length()));
      }
    }
    return new Assembled(text.toString(), pages, tables, hints);
  }

  /** Starts a new line (no separator before the first) and returns its offset. */
  private static int newLine(StringBuilder text) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    return text.length();
  }
}
