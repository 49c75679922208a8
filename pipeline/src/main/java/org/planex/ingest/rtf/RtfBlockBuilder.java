package org.planex.ingest.rtf;

import java.util.ArrayList;
import java.util.List;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.TableBlock;

/**
 * Turns the body text of an RTF document into paragraphs and tables: text accumulates until a paragraph or
 * cell ends; consecutive table rows form one table, which the next paragraph outside a table closes.
 */
final class RtfBlockBuilder {

  private final int maxChars;
  private long chars;

  private final List<Block> blocks = new ArrayList<>();
  private final RtfTableBuilder table = new RtfTableBuilder();

  // The paragraph being read.
  private final StringBuilder text = new StringBuilder();
  private int letters;
  private int boldLetters;

  RtfBlockBuilder(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Adds text to the current paragraph. */
  void append(CharSequence s, boolean bold) throws IngestException {
    chars += s.length();
    if (chars > maxChars) {
      throw new IngestException(IngestFailure.TOO_LARGE, String.format(
          "text too long: more than %,d characters (limit --max-chars)", maxChars));
    }
    text.append(s);
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
        if (bold) {
          boldLetters++;
        }
      }
    }
  }

  /** {@code \line}: a new line within the paragraph. */
  void lineBreak() {
    text.append('\n');
  }

  /**
   * The end of a paragraph ({@code \par}).
   *
   * @param inTable whether it is a paragraph of a table cell
   * @param headingLevel the level its style or outline level gives, {@code null} for body text
   */
  void endParagraph(boolean inTable, Integer headingLevel) {
    if (inTable) {
      table.paragraph(take());
      return;
    }
    closeTable();
    boolean allBold = letters > 0 && boldLetters == letters;
    Paragraph paragraph = Paragraph.styled(take(), headingLevel, allBold);
    if (paragraph != null) {
      blocks.add(paragraph);
    }
  }

  /** {@code \cell}: a cell ends, with its last paragraph. */
  void endCell() {
    table.paragraph(take());
    table.endCell();
  }

  /** {@code \row}. */
  void endRow() {
    table.paragraph(take());
    table.endRow();
  }

  /** Row layout control words go to the table being read. */
  RtfTableBuilder table() {
    return table;
  }

  /** The blocks read, once the document has ended (a last paragraph without {@code \par} included). */
  List<Block> finish(boolean inTable, Integer headingLevel) {
    if (!text.toString().isBlank()) {
      endParagraph(inTable, headingLevel);
    }
    closeTable();
    return blocks;
  }

  private void closeTable() {
    if (!table.isEmpty()) {
      TableBlock block = table.finish();
      if (block != null) {
        blocks.add(block);
      }
    }
  }

  private String take() {
    String s = text.toString();
    text.setLength(0);
    letters = 0;
    boldLetters = 0;
    return s;
  }
}
