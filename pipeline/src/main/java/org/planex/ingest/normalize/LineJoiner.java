package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;

/**
 * Re-joins lines that the source wrapped mid-sentence into one line per paragraph, keeping headings, list
 * items and signature lines on their own.
 *
 * <p>A break is a wrap when the text runs on: the line does not end a sentence, and either the next line
 * starts in lower case, or the line fills its column (known from PDF geometry, or estimated from the
 * document's usual wrap width for text files) and the next line is not a list item, a heading, an
 * indented paragraph start or capitals. A break the source marked as a paragraph end (a Word paragraph, a
 * line break in a text file that is not hard-wrapped) is only joined on the lower-case evidence.
 */
public final class LineJoiner implements RawFilter {

  private static final Pattern LIST_MARKER = Pattern.compile(
      "^(?:[-–—+•●○▪■◦*]"
          + "|\\d{1,2}(?:\\.\\d{1,2})*[.)]"
          + "|[a-zđ][.)]"
          + "|[IVXLC][IVXLC1l]{0,5}[.)])(?:\\s|$)");
  private static final Pattern BULLET = Pattern.compile("^[-–—+•●○▪■◦*]");
  // A symbol cut after its hyphen: "154/2025/NĐ-" + "CP", "HĐND-" + "UBND".
  private static final Pattern BROKEN_SYMBOL = Pattern.compile("(?:\\S*[/\\d]\\S*|(?<!\\S)\\p{Lu}{2,})-$");
  private static final double LONG_LINE = 0.75;
  private static final double INDENT_EMS = 1.5;

  /** Layout facts about the whole document that individual breaks are judged against. */
  record Layout(boolean hardWrapped, int wrapWidth, boolean blankLinesSeparate, boolean indentedParagraphs) {

    static Layout of(RawDocument document) {
      List<Integer> lengths = new ArrayList<>();
      int followedByBlank = 0;
      int afterSentence = 0;
      int indentedAfterSentence = 0;
      for (RawPage page : document.pages()) {
        for (Block block : page.blocks()) {
          if (block instanceof Paragraph p) {
            List<Line> lines = p.lines();
            for (int i = 0; i < lines.size(); i++) {
              Line line = lines.get(i);
              if (i > 0 && line.indent() != null && lines.get(i - 1).fill() != null
                  && (endsSentence(lines.get(i - 1).text()) || endsClause(lines.get(i - 1).text()))) {
                afterSentence++;
                if (line.indent() >= 1.0) {
                  indentedAfterSentence++;
                }
              }
              if (line.fill() == null && !line.text().isBlank()) {
                lengths.add(line.text().strip().length());
                if (i + 1 < lines.size() && lines.get(i + 1).text().isBlank()) {
                  followedByBlank++;
                }
              }
            }
          }
        }
      }
      // Laid-out text (PDF) that indents the first line of its paragraphs: an unindented line after a full
      // one is a wrap whatever its first character, and an indented one starts a paragraph.
      boolean indented = afterSentence >= 5 && indentedAfterSentence >= 0.6 * afterSentence;
      if (lengths.size() < 10) {
        return new Layout(false, 0, true, indented);
      }
      int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
      int p90 = sorted[(int) (sorted.length * 0.9)];
      long near = Arrays.stream(sorted).filter(n -> n >= 0.85 * p90 && n <= 1.05 * p90).count();
      // Hard-wrapped text piles its lines up just under one width; paragraph-per-line text does not.
      // Double-spaced text (a blank after nearly every line) says nothing by its blank lines.
      boolean blanksMeanBreaks = followedByBlank < 0.6 * sorted.length;
      return new Layout(near >= 0.3 * sorted.length && p90 <= 160, p90, blanksMeanBreaks, indented);
    }
  }

  @Override
  public RawDocument apply(RawDocument document) {
    Layout layout = Layout.of(document);
    List<List<Block>> outPages = new ArrayList<>();
    Run run = new Run(layout);
    for (RawPage page : document.pages()) {
      List<Block> blocks = new ArrayList<>();
      outPages.add(blocks);
      run.page(blocks);
      for (Block block : page.blocks()) {
        switch (block) {
          case TableBlock table -> {
            run.close();
            blocks.add(table);
          }
          case Paragraph paragraph -> {
            boolean first = true;
            for (Line line : paragraph.lines()) {
              run.add(line, first ? Break.PARAGRAPH : Break.LINE);
              first = false;
            }
          }
        }
      }
    }
    run.close();
    List<RawPage> pages = new ArrayList<>();
    for (int i = 0; i < outPages.size(); i++) {
      pages.add(new RawPage(document.pages().get(i).number(), outPages.get(i)));
    }
    return document.withPages(pages);
  }

  private enum Break { PARAGRAPH, LINE }

  /** The paragraph being built, and where finished ones go. */
  private static final class Run {
    private final Layout layout;
    private List<Block> target;
    private List<Block> currentTarget;
    private StringBuilder text;
    private Line first;
    private Line last;
    private boolean blankSince;
    private boolean pageSince;

    Run(Layout layout) {
      this.layout = layout;
    }

    void page(List<Block> blocks) {
      target = blocks;
      pageSince = true;
    }

    void add(Line raw, Break kind) {
      String stripped = raw.text().strip();
      Line line = withIndent(raw);
      if (stripped.isEmpty()) {
        blankSince = true;
        return;
      }
      if (text != null && joins(line, stripped, kind)) {
        String previous = text.toString();
        if (BROKEN_SYMBOL.matcher(previous).find() && startsUpperOrDigit(stripped)) {
          text.append(stripped); // "154/2025/NĐ-" + "CP"
        } else {
          text.append(' ').append(stripped);
        }
        last = line;
      } else {
        close();
        text = new StringBuilder(stripped);
        first = line;
        last = line;
        currentTarget = target;
      }
      blankSince = false;
      pageSince = false;
    }

    void close() {
      if (text != null) {
        currentTarget.add(new Paragraph(List.of(first.withText(text.toString()))));
      }
      text = null;
      first = null;
      last = null;
    }

    private boolean joins(Line next, String n, Break kind) {
      String p = text.toString();
      if (last.headingSource() != null || next.headingSource() != null) {
        return false;
      }
      boolean firm = (kind == Break.PARAGRAPH && !pageSince) || (!layout.hardWrapped() && last.fill() == null);
      if (layout.indentedParagraphs() && !firm && last.fill() != null && next.indent() != null) {
        if (next.indent() >= 1.0) {
          return false;
        }
        // A full line then an unindented one: a wrap, unless a sentence ended and a numbered item begins.
        if (last.fill() >= 0.9 && next.indent() < 0.5
            && !((endsSentence(p) || endsClause(p)) && LIST_MARKER.matcher(n).find())) {
          return true;
        }
      }
      if (LIST_MARKER.matcher(n).find()) {
        // "… các tổ chức chính trị" + "- xã hội": a dash that continues a compound, not a bullet.
        return !firm && BULLET.matcher(n).find() && secondWordLowerCase(n) && !endsSentence(p) && !endsClause(p)
            && isLong(last);
      }
      if (endsSentence(p) || isParenthetical(p)) {
        return false;
      }
      if (startsLowerCase(n)) {
        return true; // also after ';' or ':': a new item would start with a capital or a marker
      }
      if (endsClause(p)) {
        return false;
      }
      if (firm || blankSince && layout.blankLinesSeparate()) {
        return false;
      }
      if (isCapitals(p)) {
        return isCapitals(n) && isLong(last);
      }
      if (isCapitals(n)) {
        return false;
      }
      if (next.indent() != null && next.indent() >= INDENT_EMS) {
        return false;
      }
      return isLong(last);
    }

    private boolean isLong(Line line) {
      if (line.fill() != null) {
        return line.fill() >= 0.8;
      }
      return layout.hardWrapped() && line.text().strip().length() >= LONG_LINE * layout.wrapWidth();
    }

    private static Line withIndent(Line line) {
      if (line.indent() != null) {
        return line;
      }
      int spaces = 0;
      while (spaces < line.text().length() && line.text().charAt(spaces) == ' ') {
        spaces++;
      }
      return new Line(line.text(), line.headingLevel(), line.headingSource(), line.fill(), spaces / 2.0);
    }
  }

  /** Ends with a full stop (or "./.", "!", "?", "…"), closing quotes and brackets aside. */
  static boolean endsSentence(String text) {
    char c = lastPunctuation(text);
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Ends with ';' or ':', after which a new line in lower case still continues the paragraph. */
  static boolean endsClause(String text) {
    char c = lastPunctuation(text);
    return c == ';' || c == ':';
  }

  /** A line wholly in brackets, like "(Kèm theo Kế hoạch số …)": complete in itself. */
  static boolean isParenthetical(String text) {
    String t = text.strip();
    return t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')';
  }

  private static char lastPunctuation(String text) {
    String t = text.stripTrailing();
    while (!t.isEmpty() && "\"'”’»)]*".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
  }

  static boolean startsLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsUpperOrDigit(String text) {
    char c = text.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean secondWordLowerCase(String text) {
    String rest = BULLET.matcher(text).replaceFirst("").strip();
    return startsLowerCase(rest);
  }

  /** A line written in capitals (a heading, a signature title): at least three letters, nine in ten upper. */
  static boolean isCapitals(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper >= 0.9 * letters;
  }
}
