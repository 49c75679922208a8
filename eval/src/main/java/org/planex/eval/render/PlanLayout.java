package org.planex.eval.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.planex.model.HeadingHint;
import org.planex.model.PlanDocument;

/**
 * What every rendering of a seed shows, whatever its format: the seed's paragraphs in order, each with the
 * heading level or emphasis the seed marked, and the tables the seed's text had flattened.
 *
 * @param title a name for the document's metadata (the seed's file name, so no title is made up)
 * @param blocks paragraphs and tables in reading order
 */
public record PlanLayout(String title, List<Block> blocks) {

  /** The text width of A4 between 2 cm margins, the page every format is laid out for. */
  public static final double TEXT_WIDTH_CM = 17.0;

  private static final Pattern PLACE_DATE = Pattern.compile("^[^,]+, ngày .*năm \\d{4}$");

  public PlanLayout {
    blocks = List.copyOf(blocks);
  }

  /** A paragraph or a table. */
  public sealed interface Block permits Paragraph, Table {}

  /**
   * One paragraph of the seed.
   *
   * @param headingLevel 1–6 when the seed marked it as a heading, else null
   * @param bold whether the seed set the whole paragraph in bold
   */
  public record Paragraph(String text, Integer headingLevel, boolean bold) implements Block {

    /** Running text, which real plans indent on the first line. */
    public boolean isBody() {
      return headingLevel == null && !bold;
    }
  }

  /**
   * A table: the rows as the grid lays them out, a cell merged down over {@code rowSpan} rows followed by
   * covered cells in the rows below.
   *
   * @param widthsCm column widths
   * @param ruled whether cell borders are drawn (a data table) or not (a layout table)
   * @param headerRows how many leading rows are column headings
   */
  public record Table(List<List<Cell>> rows, List<Double> widthsCm, boolean ruled, int headerRows) implements Block {

    public Table {
      rows = rows.stream().map(List::copyOf).toList();
      widthsCm = List.copyOf(widthsCm);
      for (List<Cell> row : rows) {
        if (row.size() != widthsCm.size()) {
          throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + widthsCm.size()
              + " columns");
        }
      }
    }

    public int columns() {
      return widthsCm.size();
    }
  }

  /**
   * One grid position of a table.
   *
   * @param rowSpan rows this cell reaches down over (1 for an ordinary cell)
   * @param covered whether a cell above merges over this position (its text is then empty)
   */
  public record Cell(String text, int rowSpan, boolean covered, boolean bold, boolean italic, boolean centered) {

    public static Cell coveredByAbove() {
      return new Cell("", 1, true, false, false, false);
    }
  }

  /**
   * The layout of {@code seed}, from its ingested form: one paragraph per line of {@code originalText} with its
   * heading hint, the opening number/date pair as a borderless two-column table where the seed has one, and
   * the flattened appendix replaced by {@code appendix} after checking that no word was added or lost.
   */
  public static PlanLayout of(Seed seed, PlanDocument plan, AppendixTable appendix) {
    List<Paragraph> paragraphs = paragraphs(plan);
    List<Block> blocks = new ArrayList<>();
    int from = 0;
    if (seed.dateHeader()) {
      blocks.add(dateHeader(seed, paragraphs));
      from = 2;
    }
    int to = paragraphs.size();
    if (seed.appendixFile() != null) {
      if (appendix == null) {
        throw new IllegalArgumentException(seed.base() + " needs its appendix table " + seed.appendixFile());
      }
      to = appendixStart(seed, paragraphs);
      List<String> flattened = paragraphs.subList(to, paragraphs.size()).stream().map(Paragraph::text).toList();
      appendix.verify(String.join("\n", flattened), seed.textFile());
    }
    blocks.addAll(paragraphs.subList(from, to));
    if (appendix != null) {
      blocks.add(appendix.toLayout(seed.appendixWidthsCm()));
    }
    return new PlanLayout(seed.base(), blocks);
  }

  private static List<Paragraph> paragraphs(PlanDocument plan) {
    Map<Integer, HeadingHint> hints = new HashMap<>();
    for (HeadingHint hint : plan.headingHints()) {
      hints.put(hint.start(), hint);
    }
    String text = plan.originalText();
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        HeadingHint hint = hints.get(start);
        Integer level = hint == null ? null : hint.level();
        boolean bold = hint != null && hint.level() == null && "bold".equals(hint.source());
        out.add(new Paragraph(line, level, bold));
      }
      start = end + 1;
    }
    return out;
  }

  private static Table dateHeader(Seed seed, List<Paragraph> paragraphs) {
    if (paragraphs.size() < 2 || !paragraphs.get(0).text().startsWith("Số:")
        || !PLACE_DATE.matcher(paragraphs.get(1).text()).matches()) {
      throw new IllegalStateException(seed.textFile() + " should open with \"Số: …\" and \"<place>, ngày … năm …\""
          + " but opens with: " + paragraphs.stream().limit(2).map(Paragraph::text).toList());
    }
    List<Cell> row = List.of(
        new Cell(paragraphs.get(0).text(), 1, false, false, false, true),
        new Cell(paragraphs.get(1).text(), 1, false, false, true, true));
    return new Table(List.of(row), List.of(6.5, TEXT_WIDTH_CM - 6.5), false, 0);
  }

  private static int appendixStart(Seed seed, List<Paragraph> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).text().startsWith(seed.appendixStart())) {
        return i;
      }
    }
    throw new IllegalStateException(seed.textFile() + " has no line starting \"" + seed.appendixStart()
        + "\": the appendix table cannot be placed");
  }
}
