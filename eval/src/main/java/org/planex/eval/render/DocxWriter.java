package org.planex.eval.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link PlanLayout} as a Word document with Apache POI: A4 with 2 cm margins, 14 pt text, the
 * seed's headings as Heading 1–6 styles, bold paragraphs as bold runs, and tables with borders and real
 * vertical merges ({@code w:vMerge}).
 */
public final class DocxWriter {

  private static final double TWIPS_PER_CM = 1440 / 2.54;
  private static final int FONT_SIZE = 14;
  private static final int MARGIN_TWIPS = 1134; // 2 cm

  private final FontTyping typing;
  private final Instant stamp;

  /**
   * @param typing how runs are typed (Unicode, or a legacy font encoding for the legacy fixtures)
   * @param stamp the creation and modification date written into the document, fixed for reproducible bytes
   */
  public DocxWriter(FontTyping typing, Instant stamp) {
    this.typing = typing;
    this.stamp = stamp;
  }

  public byte[] write(PlanLayout layout) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      pageSetup(doc);
      headingStyles(doc);
      for (PlanLayout.Block block : layout.blocks()) {
        switch (block) {
          case PlanLayout.Paragraph p -> paragraph(doc.createParagraph(), p);
          case PlanLayout.Table t -> table(doc, t);
        }
      }
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setCreated(Optional.of(Date.from(stamp)));
      core.setModified(Optional.of(Date.from(stamp)));
      core.setCreator("planex fixtures");
      core.setTitle(layout.title());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      // POI stamps zip entries with the current time; the archive is rewritten with a fixed one.
      return StableZip.normalize(out.toByteArray(), stamp);
    }
  }

  private static void pageSetup(XWPFDocument doc) {
    CTBody body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TWIPS));
    margins.setBottom(BigInteger.valueOf(MARGIN_TWIPS));
    margins.setLeft(BigInteger.valueOf(MARGIN_TWIPS));
    margins.setRight(BigInteger.valueOf(MARGIN_TWIPS));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    margins.setGutter(BigInteger.ZERO);
  }

  /** Heading styles named as Word names them ("heading 2"), which is how readers recognise headings. */
  private void headingStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    String font = typing.runs("a").getFirst().font();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    styles.setDefaultFonts(fonts);
    for (int level = 1; level <= 6; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      style.addNewQFormat();
      CTPPrGeneral paragraph = style.addNewPPr();
      paragraph.addNewKeepNext();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      CTRPr run = style.addNewRPr();
      run.addNewB();
      run.addNewSz().setVal(BigInteger.valueOf(FONT_SIZE * 2L));
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  private void paragraph(XWPFParagraph p, PlanLayout.Paragraph paragraph) {
    if (paragraph.headingLevel() != null) {
      p.setStyle("Heading" + paragraph.headingLevel());
      p.setSpacingBefore(120);
    } else if (paragraph.isBody()) {
      p.setIndentationFirstLine(567);
      p.setAlignment(ParagraphAlignment.BOTH);
    }
    p.setSpacingAfter(120);
    runs(p, paragraph.text(), paragraph.headingLevel() != null || paragraph.bold(), false, FONT_SIZE);
  }

  private void runs(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    for (FontTyping.Run typed : typing.runs(text)) {
      XWPFRun run = p.createRun();
      run.setText(typed.text());
      run.setFontFamily(typed.font());
      run.setFontSize(size);
      run.setBold(bold);
      run.setItalic(italic);
    }
  }

  private void table(XWPFDocument doc, PlanLayout.Table layout) {
    int rows = layout.rows().size();
    int cols = layout.columns();
    XWPFTable table = doc.createTable(rows, cols);
    List<Integer> widths = layout.widthsCm().stream().map(cm -> (int) Math.round(cm * TWIPS_PER_CM)).toList();
    table.setWidth(String.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
    CTTblPr properties = table.getCTTbl().getTblPr();
    CTTblLayoutType fixed = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
    fixed.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    if (layout.ruled()) {
      table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
      table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
      table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
      table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
      table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
      table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    } else {
      table.removeBorders();
    }
    table.setCellMargins(40, 80, 40, 80);
    int size = layout.ruled() ? FONT_SIZE - 1 : FONT_SIZE;
    for (int r = 0; r < rows; r++) {
      XWPFTableRow row = table.getRow(r);
      if (r < layout.headerRows()) {
        row.setRepeatHeader(true);
      }
      for (int c = 0; c < cols; c++) {
        PlanLayout.Cell cell = layout.rows().get(r).get(c);
        XWPFTableCell target = row.getCell(c);
        target.setWidth(String.valueOf(widths.get(c)));
        CTTcPr tc = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
        if (cell.covered()) {
          tc.addNewVMerge().setVal(STMerge.CONTINUE);
          continue; // a continued cell holds one empty paragraph, which the new cell already has
        }
        if (cell.rowSpan() > 1) {
          tc.addNewVMerge().setVal(STMerge.RESTART);
        }
        XWPFParagraph p = target.getParagraphs().getFirst();
        if (cell.centered()) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        if (!cell.text().isEmpty()) {
          runs(p, cell.text(), cell.bold(), cell.italic(), size);
        }
      }
    }
    doc.createParagraph(); // Word needs a paragraph between a table and whatever follows
  }
}
