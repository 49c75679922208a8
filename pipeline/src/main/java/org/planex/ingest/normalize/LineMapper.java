package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;

/** Applies a text function to every line and every table cell of a raw document. */
final class LineMapper {

  private LineMapper() {}

  static RawDocument map(RawDocument document, UnaryOperator<String> f) {
    List<RawPage> pages = new ArrayList<>();
    for (RawPage page : document.pages()) {
      List<Block> blocks = new ArrayList<>();
      for (Block block : page.blocks()) {
        blocks.add(switch (block) {
          case Paragraph p -> new Paragraph(p.lines().stream().map(l -> l.withText(f.apply(l.text()))).toList());
          case TableBlock t -> new TableBlock(t.rows().stream().map(r -> r.stream().map(f).toList()).toList());
        });
      }
      pages.add(new RawPage(page.number(), blocks));
    }
    return document.withPages(pages);
  }

  /** Every text of the document in reading order: paragraph lines and table cells. */
  static List<String> texts(RawDocument document) {
    List<String> out = new ArrayList<>();
    for (RawPage page : document.pages()) {
      for (Block block : page.blocks()) {
        switch (block) {
          case Paragraph p -> p.lines().stream().map(Line::text).forEach(out::add);
          case TableBlock t -> t.rows().forEach(out::addAll);
        }
      }
    }
    return out;
  }
}
