package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.SynthDocument.Block;
import org.planex.eval.synth.SynthDocument.Columns;
import org.planex.eval.synth.SynthDocument.Grid;
import org.planex.eval.synth.SynthDocument.Paragraph;

/**
 * A synthetic plan as a Word document converted to Markdown looks (the Thường Xuân seed): {@code ##} headings,
 * {@code **bold**}, a blank line between paragraphs, the header block unpacked column by column, the appendix as a
 * pipe table.
 */
final class MarkdownText {

  private MarkdownText() {}

  static String text(SynthDocument document) {
    List<String> lines = new ArrayList<>();
    for (Block block : document.blocks()) {
      switch (block) {
        case Paragraph p -> lines.add(paragraph(p, document.headingStyles()));
        case Columns c -> {
          c.left().forEach(line -> lines.add(line + "\n"));
          c.right().forEach(line -> lines.add(line + "\n"));
        }
        case Grid g -> lines.add(table(g));
      }
    }
    return String.join("\n", lines);
  }

  private static String paragraph(Paragraph p, boolean headingStyles) {
    String text = p.text();
    String line = switch (p.style()) {
      case TITLE -> "## " + text;
      case SUBTITLE -> "### " + text;
      case HEADING -> headingStyles ? "#### " + text : "**" + text + "**";
      case SUBHEADING -> headingStyles ? "##### " + text : "**" + text + "**";
      case EMPHASIS -> "**" + text + "**";
      case BODY, SPACER -> text;
    };
    return line + "\n";
  }

  private static String table(Grid grid) {
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < grid.rows().size(); r++) {
      out.append("| ").append(String.join(" | ", grid.rows().get(r))).append(" |\n");
      if (r == 0) {
        out.append("|").append("---|".repeat(grid.rows().get(r).size())).append('\n');
      }
    }
    return out.toString();
  }
}
