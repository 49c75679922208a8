package org.planex.ingest;

import java.util.ArrayList;
import java.util.List;
import org.planex.ingest.ocr.OcrReading;
import org.planex.model.Warning;

/**
 * What a reader got out of a file, before any repair: pages of blocks in reading order.
 *
 * @param mediaType the detected type
 * @param pageCount pages the format reports, {@code null} when it has none
 * @param encoding the charset or legacy encoding the characters were decoded from, when known
 * @param pages the content; formats without pages give one page numbered {@code null}
 * @param ocr what OCR read, when any page was recognised from an image, else {@code null}
 */
public record RawDocument(String mediaType, Integer pageCount, String encoding, List<RawPage> pages,
    List<Warning> warnings, OcrReading ocr) {

  public RawDocument {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** A document read without OCR. */
  public RawDocument(String mediaType, Integer pageCount, String encoding, List<RawPage> pages,
      List<Warning> warnings) {
    this(mediaType, pageCount, encoding, pages, warnings, null);
  }

  public RawDocument withPages(List<RawPage> value) {
    return new RawDocument(mediaType, pageCount, encoding, value, warnings, ocr);
  }

  public RawDocument withEncoding(String value) {
    return new RawDocument(mediaType, pageCount, encoding == null ? value : encoding + "+" + value, pages,
        warnings, ocr);
  }

  public RawDocument withWarning(Warning warning) {
    List<Warning> all = new ArrayList<>(warnings);
    all.add(warning);
    return new RawDocument(mediaType, pageCount, encoding, pages, all, ocr);
  }

  /** One page (or the whole document, for formats without pages). */
  public record RawPage(Integer number, List<Block> blocks) {
    public RawPage {
      blocks = List.copyOf(blocks);
    }
  }

  /** A run of text lines or a table. */
  public sealed interface Block permits Paragraph, TableBlock {}

  /**
   * Lines the source put together: a Word paragraph, or a whole page of a text file. Breaks between its
   * lines may be soft wraps; the break after its last line is a paragraph end in the source.
   */
  public record Paragraph(List<Line> lines) implements Block {
    public Paragraph {
      lines = List.copyOf(lines);
    }

    /**
     * A source paragraph whose text may hold line breaks ({@code \n}), each line marked as a heading of
     * {@code headingLevel} (from a style) or, failing that, as bold when every letter was bold; {@code null}
     * when it holds no text.
     */
    public static Paragraph styled(String text, Integer headingLevel, boolean allBold) {
      List<Line> lines = new ArrayList<>();
      for (String part : text.split("\n")) {
        if (part.isBlank()) {
          continue;
        }
        Line line = Line.plain(part);
        if (headingLevel != null) {
          line = line.withHeading(headingLevel, "style");
        } else if (allBold) {
          line = line.withHeading(null, "bold");
        }
        lines.add(line);
      }
      return lines.isEmpty() ? null : new Paragraph(lines);
    }
  }

  /** Rows of cell texts, merged cells already expanded so that rows have equal width. */
  public record TableBlock(List<List<String>> rows) implements Block {
    public TableBlock {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * One line of text with what the source tells about its layout.
   *
   * @param headingLevel 1–6 when the source marked the line as a heading, else {@code null}
   * @param headingSource {@code markdown}, {@code style} or {@code bold}
   * @param fill how far the line reaches towards the right edge of its column, 0–1, when known
   * @param indent first-line indent in ems, when known
   */
  public record Line(String text, Integer headingLevel, String headingSource, Double fill, Double indent) {

    public static Line plain(String text) {
      return new Line(text, null, null, null, null);
    }

    public Line withText(String value) {
      return new Line(value, headingLevel, headingSource, fill, indent);
    }

    public Line withHeading(Integer level, String source) {
      return new Line(text, level, source, fill, indent);
    }
  }
}
