package org.planex.eval.synth;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A synthetic plan as laid out, before any format: paragraphs, the two-column header block and tables, each
 * marking where a gold section starts.
 *
 * @param blankLines whether plain-text renderings leave a blank line after each paragraph (as many seeds do)
 * @param headingStyles whether word processors set headings in heading styles (else in bold)
 */
public record SynthDocument(List<Block> blocks, boolean blankLines, boolean headingStyles) {

  public SynthDocument {
    blocks = List.copyOf(blocks);
  }

  /** Where a gold section starts; its text begins with {@code number} and a space when it has a number. */
  public record SectionStart(String number, int level, String heading, String label) {}

  /** How a paragraph is set, which the formats render their own way. */
  public enum Style {
    BODY, TITLE, SUBTITLE, HEADING, SUBHEADING, EMPHASIS, SPACER
  }

  /** A part of the plan. */
  public sealed interface Block permits Paragraph, Columns, Grid {

    /** The gold section this block starts, or null. */
    SectionStart section();

    /** This block with each of its texts passed through {@code change}. */
    Block mapText(UnaryOperator<String> change);
  }

  /** One paragraph. A {@link Style#SPACER} is an empty line, as between a signature's title and the name. */
  public record Paragraph(String text, Style style, SectionStart section) implements Block {

    @Override
    public Block mapText(UnaryOperator<String> change) {
      return new Paragraph(change.apply(text), style, section);
    }
  }

  /** The two-column block printed at the top of plans: issuer and number left, motto and place/date right. */
  public record Columns(List<String> left, List<String> right, SectionStart section) implements Block {

    public Columns {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }

    public int rows() {
      return Math.max(left.size(), right.size());
    }

    @Override
    public Block mapText(UnaryOperator<String> change) {
      return new Columns(left.stream().map(change).toList(), right.stream().map(change).toList(), section);
    }
  }

  /** A ruled table; the first row holds the column headings. */
  public record Grid(List<List<String>> rows, SectionStart section) implements Block {

    public Grid {
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public Block mapText(UnaryOperator<String> change) {
      return new Grid(rows.stream().map(row -> row.stream().map(change).toList()).toList(), section);
    }
  }

  /** The same plan with every text passed through {@code change} (damage that keeps the layout). */
  public SynthDocument mapText(UnaryOperator<String> change) {
    return withBlocks(blocks.stream().map(b -> b.mapText(change)).toList());
  }

  /** The same plan laid out in {@code other} blocks. */
  public SynthDocument withBlocks(List<Block> other) {
    return new SynthDocument(other, blankLines, headingStyles);
  }
}
