package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.render.PlanLayout;
import org.planex.eval.synth.SynthDocument.Block;
import org.planex.eval.synth.SynthDocument.Columns;
import org.planex.eval.synth.SynthDocument.Grid;
import org.planex.eval.synth.SynthDocument.Paragraph;

/**
 * A synthetic plan as the corpus renderers lay documents out ({@link PlanLayout}), so the same DOCX, PDF and HTML
 * writers serve: the header as a borderless two-column table, the appendix as a ruled table.
 */
final class LayoutConversion {

  private static final List<Double> HEADER_WIDTHS = List.of(6.5, PlanLayout.TEXT_WIDTH_CM - 6.5);
  private static final double[] APPENDIX_WIDTHS = {0.9, 4.6, 3.2, 3.0, 3.0, 2.3};
  private static final int TASK_COLUMN = 1;
  /** A generous width of one character of table text (11.5 pt), and a cell's padding, in cm. */
  private static final double CHARACTER_CM = 0.75 * 11.5 / (72 / 2.54);
  private static final double PADDING_CM = 10 / (72 / 2.54);

  private LayoutConversion() {}

  static PlanLayout toLayout(SynthDocument document, String title) {
    List<PlanLayout.Block> blocks = new ArrayList<>();
    for (Block block : document.blocks()) {
      switch (block) {
        case Paragraph p -> {
          if (!p.text().isBlank()) {
            blocks.add(paragraph(p, document.headingStyles()));
          }
        }
        case Columns c -> blocks.add(header(c));
        case Grid g -> blocks.addAll(table(g));
      }
    }
    return new PlanLayout(title, blocks);
  }

  private static PlanLayout.Paragraph paragraph(Paragraph p, boolean headingStyles) {
    Integer level = !headingStyles ? null : switch (p.style()) {
      case TITLE -> 1;
      case HEADING -> 2;
      case SUBHEADING -> 3;
      default -> null;
    };
    boolean bold = level == null && switch (p.style()) {
      case TITLE, SUBTITLE, HEADING, SUBHEADING, EMPHASIS -> true;
      default -> false;
    };
    return new PlanLayout.Paragraph(p.text(), level, bold);
  }

  private static PlanLayout.Table header(Columns columns) {
    List<List<PlanLayout.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < columns.rows(); r++) {
      rows.add(List.of(cell(columns.left(), r, r < 2), cell(columns.right(), r, r < 2)));
    }
    return new PlanLayout.Table(rows, HEADER_WIDTHS, false, 0);
  }

  private static PlanLayout.Cell cell(List<String> column, int row, boolean bold) {
    String text = row < column.size() ? column.get(row) : "";
    return new PlanLayout.Cell(text, 1, false, bold, false, true);
  }

  /**
   * The appendix as a ruled table whose columns are wide enough for their longest word (OCR damage glues words, and
   * the PDF writer refuses a word wider than its column), or, when no such widths fit the page, its rows as lines.
   */
  private static List<PlanLayout.Block> table(Grid grid) {
    List<Double> widths = widths(grid);
    if (widths == null) {
      return grid.rows().stream()
          .map(row -> (PlanLayout.Block) new PlanLayout.Paragraph(String.join("   ", row), null, false)).toList();
    }
    List<List<PlanLayout.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < grid.rows().size(); r++) {
      List<PlanLayout.Cell> cells = new ArrayList<>();
      List<String> row = grid.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        cells.add(new PlanLayout.Cell(row.get(c), 1, false, r == 0, false, r == 0 || c == 0));
      }
      rows.add(cells);
    }
    return List.of(new PlanLayout.Table(rows, widths, true, 1));
  }

  private static List<Double> widths(Grid grid) {
    double[] widths = APPENDIX_WIDTHS.clone();
    double[] least = new double[widths.length];
    for (List<String> row : grid.rows()) {
      for (int c = 0; c < row.size() && c < widths.length; c++) {
        for (String word : row.get(c).split("\\s+")) {
          least[c] = Math.max(least[c], word.length() * CHARACTER_CM + PADDING_CM);
        }
      }
    }
    double total = 0;
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(widths[c], least[c]);
      total += widths[c];
    }
    // The task column gives up what the others need, down to its own longest word.
    widths[TASK_COLUMN] -= total - PlanLayout.TEXT_WIDTH_CM;
    if (widths[TASK_COLUMN] < least[TASK_COLUMN]) {
      return null;
    }
    List<Double> list = new ArrayList<>();
    for (double width : widths) {
      list.add(width);
    }
    return list;
  }
}
