package org.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.TableBlock;

/** Page geometry the reader must see through: rotated and cropped pages, stroked borders, tab-set lists. */
class PdfLayoutTest {

  @TempDir
  Path dir;

  private RawDocument read(Path file) throws Exception {
    return new PdfReader().read(file, "application/pdf", IngestLimits.DEFAULT);
  }

  private static List<String> lines(RawDocument.RawPage page) {
    return page.blocks().stream().filter(b -> b instanceof Paragraph).flatMap(b -> ((Paragraph) b).lines().stream())
        .map(Line::text).toList();
  }

  private static List<TableBlock> tables(RawDocument.RawPage page) {
    return page.blocks().stream().filter(b -> b instanceof TableBlock).map(b -> (TableBlock) b).toList();
  }

  /** A 3 x 2 table with stroked borders, the text inside it, and a line of text above and below. */
  private static void smallTable(PdfMaker pdf, float top) throws Exception {
    float[] xs = {85, 185, 420};
    float[] ys = {top, top + 20, top + 40, top + 60};
    for (float x : xs) {
      pdf.strokeLine(x, ys[0], x, ys[3]);
    }
    for (float y : ys) {
      pdf.strokeLine(xs[0], y, xs[2], y);
    }
    pdf.text(pdf.regular, 12, 88, top - 12, "Bảng phân công");
    String[][] cells = {{"Đơn vị", "Nhiệm vụ"}, {"Phòng Văn hóa", "Chủ trì tuyên truyền"}, {"Văn phòng", "Phối hợp"}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        pdf.text(pdf.regular, 12, xs[c] + 4, ys[r] + 14, cells[r][c]);
      }
    }
    pdf.text(pdf.regular, 12, 88, top + 78, "Ghi chú cuối bảng.");
  }

  private static final List<List<String>> SMALL_TABLE = List.of(List.of("Đơn vị", "Nhiệm vụ"),
      List.of("Phòng Văn hóa", "Chủ trì tuyên truyền"), List.of("Văn phòng", "Phối hợp"));

  @Test
  void rotatedLandscapePageIsReadAsDisplayed() throws Exception {
    Path file = dir.resolve("rotated.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page(PDRectangle.A4, 90);
      smallTable(pdf, 100);
      pdf.save(file);
    }
    RawDocument.RawPage page = read(file).pages().getFirst();
    assertEquals(List.of("Bảng phân công", "Ghi chú cuối bảng."), lines(page));
    assertEquals(List.of(new TableBlock(SMALL_TABLE)), tables(page));
    assertTrue(page.blocks().get(1) instanceof TableBlock, "the table sits between the two lines");
  }

  @Test
  void croppedPageKeepsTextAndBordersTogether() throws Exception {
    Path file = dir.resolve("cropped.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      smallTable(pdf, 300);
      pdf.currentPage().setCropBox(new PDRectangle(40, 60, 520, 700));
      pdf.save(file);
    }
    RawDocument.RawPage page = read(file).pages().getFirst();
    assertEquals(List.of(new TableBlock(SMALL_TABLE)), tables(page));
    assertEquals(List.of("Bảng phân công", "Ghi chú cuối bảng."), lines(page));
  }

  @Test
  void listMarkerFollowedByATabIsNoColumn() throws Exception {
    Path file = dir.resolve("tabs.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      // Word lists set the text at a tab stop well after the marker.
      pdf.text(pdf.regular, 13, 121, 100, "-");
      pdf.text(pdf.regular, 13, 164, 100, "Tuyên truyền trên Cổng thông tin điện tử;");
      pdf.text(pdf.regular, 13, 121, 118, "-");
      pdf.text(pdf.regular, 13, 164, 118, "Niêm yết công khai thủ tục hành chính.");
      pdf.save(file);
    }
    RawDocument.RawPage page = read(file).pages().getFirst();
    assertEquals(List.of("- Tuyên truyền trên Cổng thông tin điện tử;", "- Niêm yết công khai thủ tục hành chính."),
        lines(page));
    assertEquals(1, page.blocks().size(), "one paragraph: the lines are not split into columns");
  }

  @Test
  void centredTitleUnderTheHeaderIsNotPartOfItsRightColumn() throws Exception {
    Path file = dir.resolve("header.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      SamplePlan.header(pdf);
      pdf.centred(pdf.bold, 14, 311, 150, "KẾ HOẠCH");
      pdf.centred(pdf.bold, 14, 311, 167, "Thông tin, tuyên truyền về cải cách hành chính");
      pdf.paragraph(13, 36, 200, 18, SamplePlan.PURPOSE);
      pdf.save(file);
    }
    List<Block> blocks = read(file).pages().getFirst().blocks();
    // Six header lines on their own, then the title's two lines together, then (after a clear gap) the body.
    assertEquals(8, blocks.size(), blocks::toString);
    Paragraph title = (Paragraph) blocks.get(6);
    assertEquals(List.of("KẾ HOẠCH", "Thông tin, tuyên truyền về cải cách hành chính"),
        title.lines().stream().map(Line::text).toList());
    assertEquals(2, ((Paragraph) blocks.get(7)).lines().size());
  }

  @Test
  void wideGapsInsideABorderlessTwoColumnSignatureAreKeptApart() throws Exception {
    Path file = dir.resolve("signature.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      pdf.paragraph(13, 36, 100, 18, SamplePlan.CLOSING);
      SamplePlan.signature(pdf, 170);
      pdf.save(file);
    }
    List<String> lines = lines(read(file).pages().getFirst());
    assertEquals(List.of("Nơi nhận:", "- UBND thành phố (để b/c);", "- Các phòng, ban thuộc UBND xã;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
        lines.subList(lines.size() - 8, lines.size()));
  }

  @Test
  void cellLinesJoinBySpaceSymbolOrLineBreak() throws Exception {
    Path file = dir.resolve("cells.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      float[] xs = {85, 205, 325, 445};
      float[] ys = {100, 120, 170};
      for (float x : xs) {
        pdf.filledLine(x, ys[0], x, ys[2]);
      }
      for (float y : ys) {
        pdf.filledLine(xs[0], y, xs[3], y);
      }
      String[] heads = {"Chủ trì", "Phối hợp", "Ghi chú"};
      for (int c = 0; c < 3; c++) {
        pdf.text(pdf.bold, 12, xs[c] + 4, 114, heads[c]);
      }
      pdf.text(pdf.regular, 12, 89, 134, "Văn phòng HĐND-");
      pdf.text(pdf.regular, 12, 89, 148, "UBND xã");
      pdf.text(pdf.regular, 12, 209, 134, "Phòng Văn hóa");
      pdf.text(pdf.regular, 12, 209, 148, "- Xã Hội");
      pdf.text(pdf.regular, 12, 329, 134, "- Phòng Kinh tế;");
      pdf.text(pdf.regular, 12, 329, 148, "- Công an xã.");
      pdf.save(file);
    }
    RawDocument.RawPage page = read(file).pages().getFirst();
    assertEquals(List.of(new TableBlock(List.of(List.of("Chủ trì", "Phối hợp", "Ghi chú"),
        List.of("Văn phòng HĐND-UBND xã", "Phòng Văn hóa - Xã Hội", "- Phòng Kinh tế;\n- Công an xã.")))),
        tables(page));
    assertEquals(List.of(), lines(page));
  }
}
