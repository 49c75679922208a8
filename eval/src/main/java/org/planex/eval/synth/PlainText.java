package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.SynthDocument.Block;
import org.planex.eval.synth.SynthDocument.Columns;
import org.planex.eval.synth.SynthDocument.Grid;
import org.planex.eval.synth.SynthDocument.Paragraph;
import org.planex.eval.synth.SynthDocument.Style;

/**
 * The plain text of a synthetic plan, one paragraph a line and table rows with tab-separated cells: what its text
 * files hold, and the true text its gold quotes.
 */
public final class PlainText {

  /** How the two-column header reads. */
  public enum Arrangement {
    /** Row by row, the columns padded apart on each line: a text export or OCR of the printed page. */
    SIDE_BY_SIDE,
    /** Left column, then right column: how a reader unpacks the layout table of a DOCX, PDF or HTML file. */
    STACKED
  }

  private static final int COLUMN_GAP = 6;

  private PlainText() {}

  public static String text(SynthDocument document, Arrangement arrangement) {
    return String.join("\n", lines(document, arrangement)) + "\n";
  }

  public static List<String> lines(SynthDocument document, Arrangement arrangement) {
    List<String> lines = new ArrayList<>();
    for (Block block : document.blocks()) {
      lines.addAll(blockLines(block, arrangement));
      if (document.blankLines() && !(block instanceof Paragraph p && p.style() == Style.SPACER)) {
        lines.add("");
      }
    }
    return lines;
  }

  /** The lines of one block, without the blank lines a document may put between blocks. */
  public static List<String> blockLines(Block block, Arrangement arrangement) {
    return switch (block) {
      case Paragraph p -> List.of(p.text());
      case Columns c -> arrangement == Arrangement.STACKED ? stacked(c) : sideBySide(c);
      case Grid g -> g.rows().stream().map(row -> String.join("\t", row)).toList();
    };
  }

  private static List<String> stacked(Columns columns) {
    List<String> lines = new ArrayList<>(columns.left());
    lines.addAll(columns.right());
    return lines;
  }

  private static List<String> sideBySide(Columns columns) {
    int width = columns.left().stream().mapToInt(String::length).max().orElse(0) + COLUMN_GAP;
    List<String> lines = new ArrayList<>();
    for (int row = 0; row < columns.rows(); row++) {
      String left = row < columns.left().size() ? columns.left().get(row) : "";
      String right = row < columns.right().size() ? columns.right().get(row) : "";
      lines.add(right.isEmpty() ? left : left + " ".repeat(width - left.length()) + right);
    }
    return lines;
  }
}
