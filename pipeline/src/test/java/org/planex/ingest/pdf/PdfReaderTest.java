package org.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.TableBlock;
import org.planex.model.PageSpan;
import org.planex.model.PlanDocument;
import org.planex.model.Table;

class PdfReaderTest {

  @TempDir
  static Path dir;
  static Path plan;
  static PlanDocument ingested;
  static List<String> lines;

  @BeforeAll
  static void ingestSamplePlan() throws Exception {
    plan = SamplePlan.write(dir.resolve("plan.pdf"));
    ingested = new LocalIngester(IngestLimits.DEFAULT).ingest(plan);
    lines = Arrays.asList(ingested.originalText().split("\n"));
  }

  @Test
  void wrappedParagraphsComeOutOneLinePerParagraph() {
    assertTrue(lines.contains(SamplePlan.PREAMBLE), () -> "preamble not joined:\n" + ingested.originalText());
    assertTrue(lines.contains(SamplePlan.PURPOSE));
    assertTrue(lines.contains(SamplePlan.ITEM_1), () -> "list item not joined:\n" + ingested.originalText());
    assertTrue(lines.contains(SamplePlan.ITEM_2));
    assertTrue(lines.contains(SamplePlan.REQUIREMENT));
    assertTrue(lines.contains(SamplePlan.CLOSING));
    assertTrue(lines.contains(SamplePlan.BEFORE_TABLE));
    assertTrue(lines.contains(SamplePlan.AFTER_TABLE));
  }

  @Test
  void headingsAndListItemsStandOnTheirOwnLines() {
    int heading = lines.indexOf("I. MỤC ĐÍCH, YÊU CẦU");
    assertTrue(heading > 0, () -> ingested.originalText());
    assertEquals(SamplePlan.PREAMBLE, lines.get(heading - 2));
    assertEquals(SamplePlan.PURPOSE, lines.get(heading - 1));
    assertEquals("1. Mục đích", lines.get(heading + 1));
    assertEquals(SamplePlan.ITEM_1, lines.get(heading + 2));
    assertEquals(SamplePlan.ITEM_2, lines.get(heading + 3));
    assertEquals("2. Yêu cầu", lines.get(heading + 4));
    assertTrue(lines.contains("II. NỘI DUNG THỰC HIỆN"));
  }

  @Test
  void titleLinesJoinWhereTheyRunOn() {
    int title = lines.indexOf("KẾ HOẠCH");
    assertTrue(title > 0, () -> ingested.originalText());
    assertEquals("Thông tin, tuyên truyền về cải cách hành chính nhà nước của xã Việt Khê 6 tháng cuối năm 2025",
        lines.get(title + 1));
  }

  @Test
  void twoColumnHeaderReadsLeftColumnThenRightColumn() {
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ VIỆT KHÊ", "Số: 402/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Việt Khê, ngày 05 tháng 8 năm 2025", "KẾ HOẠCH"), lines.subList(0, 7));
  }

  @Test
  void twoColumnSignatureReadsNoiNhanThenSignature() {
    int start = lines.indexOf("Nơi nhận:");
    assertTrue(start > 0, () -> ingested.originalText());
    assertEquals(List.of("Nơi nhận:", "- UBND thành phố (để b/c);", "- Các phòng, ban thuộc UBND xã;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
        lines.subList(start, lines.size()));
  }

  @Test
  void ruledTableWithMergedCellsComesOutCellByCell() {
    assertEquals(1, ingested.tables().size());
    Table table = ingested.tables().getFirst();
    assertEquals(2, table.page());
    assertEquals(SamplePlan.TABLE, table.rows());
    // The table's text is in originalText once, as its rows, and nowhere else.
    String text = ingested.originalText();
    for (String cell : List.of(SamplePlan.TABLE.get(1).get(1), SamplePlan.TABLE.get(1).get(3),
        SamplePlan.TABLE.get(2).get(1), SamplePlan.TABLE.get(2).get(2), SamplePlan.TABLE.get(3).get(2), "STT")) {
      assertEquals(1, occurrences(text, cell), () -> cell + " not exactly once in:\n" + text);
    }
    assertEquals(String.join("\t", SamplePlan.TABLE.get(2)), text.substring(table.start(), table.end()).split("\n")[2]);
    int before = lines.indexOf(SamplePlan.BEFORE_TABLE);
    int after = lines.indexOf(SamplePlan.AFTER_TABLE);
    assertEquals(before + 5, after, "the table's four rows sit between the paragraphs around it");
  }

  @Test
  void pageNumbersAreRemovedAndPagesKept() {
    assertEquals(3, ingested.source().pages());
    List<PageSpan> pages = ingested.pages();
    assertEquals(List.of(1, 2, 3), pages.stream().map(PageSpan::number).toList());
    for (String line : lines) {
      assertFalse(line.matches("\\s*\\d+\\s*"), () -> "page number left: " + line);
    }
    String page2 = ingested.originalText().substring(pages.get(1).start(), pages.get(1).end());
    assertTrue(page2.startsWith("II. NỘI DUNG THỰC HIỆN"), page2);
    assertTrue(page2.endsWith(SamplePlan.AFTER_TABLE), page2);
  }

  @Test
  void linesCarryFillAndIndent() throws Exception {
    RawDocument raw = new PdfReader().read(plan, "application/pdf", IngestLimits.DEFAULT);
    assertEquals(3, raw.pageCount());
    assertEquals(List.of(1, 2, 3), raw.pages().stream().map(RawDocument.RawPage::number).toList());
    List<Line> preamble = raw.pages().getFirst().blocks().stream()
        .filter(b -> b instanceof Paragraph p && p.lines().getFirst().text().startsWith("Thực hiện Nghị quyết"))
        .map(b -> ((Paragraph) b).lines()).findFirst().orElseThrow();
    assertTrue(preamble.size() >= 4, preamble::toString);
    Line first = preamble.getFirst();
    assertEquals(36 / 13.0, first.indent(), 0.05, "first-line indent of 36pt at 13pt");
    assertEquals(1.0, first.fill(), 0.01, "justified line reaches the right edge");
    assertEquals(0.0, preamble.get(1).indent(), 0.05);
    assertTrue(preamble.getLast().fill() < 0.8, "the last line of a paragraph is short");
    assertTrue(raw.pages().get(1).blocks().stream().anyMatch(b -> b instanceof TableBlock));
  }

  @Test
  void decomposedAccentsComeOutComposed() throws Exception {
    Path file = dir.resolve("decomposed.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      // "Việt Khê" with its accents as combining marks, each drawn as a glyph of its own.
      pdf.text(pdf.regular, 13, 85, 100, "Vie\u0323\u0302t Khe\u0302 tu\u031Bo\u031B\u0300ng");
      pdf.save(file);
    }
    RawDocument raw = new PdfReader().read(file, "application/pdf", IngestLimits.DEFAULT);
    Paragraph p = (Paragraph) raw.pages().getFirst().blocks().getFirst();
    assertEquals("Việt Khê tường", p.lines().getFirst().text());
  }

  @Test
  void encryptedPdfIsRefused() throws Exception {
    Path file = dir.resolve("encrypted.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      pdf.text(pdf.regular, 13, 85, 100, "Nội dung mật");
      var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
          new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.document.protect(policy);
      pdf.save(file);
    }
    IngestException e = assertThrows(IngestException.class,
        () -> new LocalIngester(IngestLimits.DEFAULT).ingest(file));
    assertEquals(IngestFailure.ENCRYPTED, e.failure());
    assertEquals("password-protected PDF: cannot be read without the password", e.getMessage());
  }

  @Test
  void truncatedPdfIsReadInPartWithAWarning() throws Exception {
    byte[] whole = Files.readAllBytes(SamplePlan.write(dir.resolve("classic.pdf"), true));
    Path file = dir.resolve("truncated.pdf");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    PlanDocument doc = new LocalIngester(IngestLimits.DEFAULT).ingest(file);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code().equals("pdf-damaged") && w.stage().equals("ingest")),
        () -> doc.warnings().toString());
    assertFalse(doc.originalText().isBlank());
  }

  @Test
  void pdfCutShortBeforeAnyPageIsCorrupt() throws Exception {
    byte[] whole = Files.readAllBytes(plan);
    Path file = dir.resolve("stub.pdf");
    Files.write(file, Arrays.copyOf(whole, 400));
    IngestException e = assertThrows(IngestException.class,
        () -> new LocalIngester(IngestLimits.DEFAULT).ingest(file));
    assertEquals(IngestFailure.CORRUPT_FILE, e.failure());
    assertTrue(e.getMessage().startsWith("cannot parse PDF: "), e.getMessage());
  }

  @Test
  void intactPdfHasNoWarning() {
    assertEquals(List.of(), ingested.warnings());
  }

  @Test
  void pdfWithNeitherTextNorImageHasNoText() throws Exception {
    Path file = dir.resolve("scan.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      pdf.content().addRect(60, 60, 470, 700);
      pdf.content().fill();
      pdf.page();
      pdf.strokeLine(85, 100, 500, 100);
      pdf.save(file);
    }
    IngestException e = assertThrows(IngestException.class,
        () -> new LocalIngester(IngestLimits.DEFAULT).ingest(file));
    assertEquals(IngestFailure.EMPTY_FILE, e.failure(), "nothing to read and nothing to OCR");
    assertEquals("no text found in the document", e.getMessage());
  }

  @Test
  void scannedPageAmongTextPagesIsReadByOcr() throws Exception {
    Path file = dir.resolve("mixed.pdf");
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      pdf.text(pdf.regular, 13, 85, 100, "Trang có chữ.");
      pdf.page();
      var image = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
      pdf.content().drawImage(
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf.document, image), 60, 60, 400,
          600);
      pdf.save(file);
    }
    RawDocument raw = new PdfReader().read(file, "application/pdf", IngestLimits.DEFAULT);
    assertEquals(2, raw.pages().size());
    assertEquals(List.of(2), raw.ocr().info().pages().stream().map(p -> p.page()).toList(), "only page 2 OCR'd");
    assertEquals(List.of(), raw.pages().get(1).blocks(), "a black square holds no text");
    assertEquals(List.of(), raw.warnings());
  }

  @Test
  void textBeyondTheLimitIsRefused() {
    IngestLimits small = new IngestLimits(1L << 20, 500, IngestLimits.DEFAULT.timeout(), 256);
    IngestException e = assertThrows(IngestException.class, () -> new LocalIngester(small).ingest(plan));
    assertEquals(IngestFailure.TOO_LARGE, e.failure());
    assertEquals("text too long: more than 500 characters (limit --max-chars)", e.getMessage());
  }

  @Test
  void readerIsFoundForPdf() {
    assertTrue(new LocalIngester(IngestLimits.DEFAULT).mediaTypes().contains("application/pdf"));
    assertNotNull(ingested.source());
    assertEquals("application/pdf", ingested.source().mediaType());
  }

  static int occurrences(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}
