package org.planex.ingest.readers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds pages of paragraphs and tables from the XHTML events Tika emits for every format it parses.
 *
 * <p>Headers, footers and comments are skipped (page furniture, not plan content); headings and wholly bold
 * paragraphs become heading hints; table cells keep their in-cell paragraphs separated by {@code \n}, and
 * {@code rowspan}/{@code colspan} are expanded so every row has the table's full width.
 */
final class XhtmlBlockHandler extends DefaultHandler {

  /** Thrown when a document yields more text than the limit allows. */
  static final class TextLimitException extends SAXException {
    TextLimitException(int limit) {
      super(String.format("text too long: more than %,d characters (limit --max-chars)", limit));
    }
  }

  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre",
      "blockquote", "div", "caption", "address", "section", "article", "tr", "title");
  private static final Set<String> SKIPPED_CLASSES = Set.of("header", "footer", "comment", "annotation");

  private final int maxChars;
  private int chars;

  private final List<RawPage> pages = new ArrayList<>();
  private List<Block> blocks = new ArrayList<>();
  private Integer pageNumber;
  private int pagesSeen;

  // The paragraph being read.
  private final StringBuilder text = new StringBuilder();
  private int letters;
  private int boldLetters;
  private int bold;
  private Integer headingLevel;

  private int skipDepth;
  private int headDepth;
  private final Deque<TableBuilder> tables = new ArrayDeque<>();

  XhtmlBlockHandler(int maxChars) {
    this.maxChars = maxChars;
  }

  List<RawPage> pages() {
    flushParagraph();
    if (!blocks.isEmpty() || pages.isEmpty()) {
      pages.add(new RawPage(pageNumber, blocks));
      blocks = new ArrayList<>();
    }
    return pages;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    String cls = atts.getValue("class");
    if (name.equals("div") && cls != null && SKIPPED_CLASSES.contains(cls)) {
      skipDepth = 1;
      return;
    }
    if (name.equals("head")) {
      headDepth++;
      return;
    }
    if (headDepth > 0) {
      return;
    }
    if (name.equals("div") && "page".equals(cls)) {
      startPage();
      return;
    }
    TableBuilder table = tables.peek();
    switch (name) {
      case "table" -> {
        if (table != null && table.inCell()) {
          // A table inside a cell: its text stays in the outer cell.
          table.nested++;
        } else {
          flushParagraph();
          tables.push(new TableBuilder());
        }
      }
      case "td", "th" -> {
        if (table != null && table.nested == 0) {
          table.startCell(span(atts.getValue("colspan")), span(atts.getValue("rowspan")));
        } else {
          separate();
        }
      }
      case "tr" -> {
        if (table != null && table.nested == 0) {
          table.startRow();
        } else {
          separate();
        }
      }
      case "br" -> text.append('\n');
      case "b", "strong" -> bold++;
      default -> {
        if (BLOCKS.contains(name)) {
          blockBoundary();
          if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            headingLevel = name.charAt(1) - '0';
          }
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (name.equals("head")) {
      headDepth = Math.max(0, headDepth - 1);
      return;
    }
    if (headDepth > 0) {
      return;
    }
    TableBuilder table = tables.peek();
    switch (name) {
      case "table" -> {
        if (table != null && table.nested > 0) {
          table.nested--;
        } else if (table != null) {
          table.endCell(takeText());
          tables.pop();
          List<List<String>> rows = table.rows();
          if (!rows.isEmpty()) {
            blocks.add(new TableBlock(rows));
          }
        }
      }
      case "td", "th" -> {
        if (table != null && table.nested == 0) {
          table.endCell(takeText());
        }
      }
      case "b", "strong" -> bold = Math.max(0, bold - 1);
      default -> {
        if (BLOCKS.contains(name)) {
          blockBoundary();
        }
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0 || headDepth > 0) {
      return;
    }
    chars += length;
    if (chars > maxChars) {
      throw new TextLimitException(maxChars);
    }
    text.append(ch, start, length);
    for (int i = start; i < start + length; i++) {
      if (Character.isLetter(ch[i])) {
        letters++;
        if (bold > 0) {
          boldLetters++;
        }
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Formatting whitespace between elements carries no content.
  }

  private void startPage() {
    flushParagraph();
    if (!blocks.isEmpty() || pagesSeen > 0) {
      pages.add(new RawPage(pageNumber, blocks));
      blocks = new ArrayList<>();
    }
    pagesSeen++;
    pageNumber = pagesSeen;
  }

  /** A paragraph boundary: inside a table cell it separates the cell's paragraphs. */
  private void blockBoundary() {
    TableBuilder table = tables.peek();
    if (table != null && table.inCell()) {
      separate();
    } else {
      flushParagraph();
    }
  }

  private void separate() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  private String takeText() {
    String s = text.toString();
    text.setLength(0);
    letters = 0;
    boldLetters = 0;
    headingLevel = null;
    return s;
  }

  private void flushParagraph() {
    Integer level = headingLevel;
    boolean allBold = letters > 0 && boldLetters == letters;
    Paragraph paragraph = Paragraph.styled(takeText(), level, allBold);
    if (paragraph != null) {
      blocks.add(paragraph);
    }
  }

  private static int span(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Lays cells into a grid the way HTML does, so spans leave empty cells rather than shifting columns. */
  private static final class TableBuilder {
    private final List<List<String>> grid = new ArrayList<>();
    private final List<int[]> pendingRowSpans = new ArrayList<>(); // {column, rowsLeft}
    private int row = -1;
    private int col;
    private boolean cellOpen;
    private int colSpan;
    private int rowSpan;
    int nested;

    boolean inCell() {
      return cellOpen;
    }

    void startRow() {
      row++;
      col = 0;
      grid.add(new ArrayList<>());
    }

    void startCell(int colSpan, int rowSpan) {
      if (row < 0) {
        startRow();
      }
      cellOpen = true;
      this.colSpan = colSpan;
      this.rowSpan = rowSpan;
    }

    void endCell(String text) {
      if (!cellOpen) {
        return;
      }
      cellOpen = false;
      List<String> cells = grid.get(row);
      while (occupied(row, col)) {
        col++;
      }
      set(cells, col, clean(text));
      for (int c = 1; c < colSpan; c++) {
        set(cells, col + c, "");
      }
      if (rowSpan > 1) {
        for (int c = 0; c < colSpan; c++) {
          pendingRowSpans.add(new int[] {row, col + c, rowSpan});
        }
      }
      col += colSpan;
    }

    private boolean occupied(int r, int c) {
      for (int[] span : pendingRowSpans) {
        if (span[1] == c && r > span[0] && r < span[0] + span[2]) {
          return true;
        }
      }
      return false;
    }

    private static void set(List<String> cells, int index, String value) {
      while (cells.size() <= index) {
        cells.add("");
      }
      cells.set(index, value);
    }

    List<List<String>> rows() {
      int width = 0;
      for (int r = 0; r < grid.size(); r++) {
        width = Math.max(width, grid.get(r).size());
        for (int[] span : pendingRowSpans) {
          if (r > span[0] && r < span[0] + span[2]) {
            width = Math.max(width, span[1] + 1);
          }
        }
      }
      List<List<String>> out = new ArrayList<>();
      for (List<String> cells : grid) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < width) {
          padded.add("");
        }
        if (padded.stream().anyMatch(c -> !c.isBlank()) || !out.isEmpty()) {
          out.add(padded);
        }
      }
      while (!out.isEmpty() && out.getLast().stream().allMatch(String::isBlank)) {
        out.removeLast();
      }
      return out;
    }

    private static String clean(String cell) {
      StringBuilder out = new StringBuilder();
      for (String part : cell.split("\n")) {
        String p = part.strip();
        if (!p.isEmpty()) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(p);
        }
      }
      return out.toString();
    }
  }
}
