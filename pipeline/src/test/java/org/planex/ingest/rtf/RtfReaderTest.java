package org.planex.ingest.rtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.TableBlock;

/** The RTF interpreter on small hand-written documents, one feature at a time. */
class RtfReaderTest {

  private static final String HEAD = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times;}}";

  static RawDocument read(String rtf) throws Exception {
    return read(rtf, IngestLimits.DEFAULT);
  }

  static RawDocument read(String rtf, IngestLimits limits) throws Exception {
    // RTF is 7-bit text plus raw bytes: one char of the string is one byte of the file.
    byte[] bytes = rtf.getBytes(StandardCharsets.ISO_8859_1);
    return new RtfReader().read(new ByteArrayInputStream(bytes), "application/rtf", limits);
  }

  static List<Line> lines(RawDocument document) {
    return document.pages().getFirst().blocks().stream().filter(b -> b instanceof Paragraph)
        .flatMap(b -> ((Paragraph) b).lines().stream()).toList();
  }

  static List<String> texts(RawDocument document) {
    return lines(document).stream().map(Line::text).toList();
  }

  static List<TableBlock> tables(RawDocument document) {
    return document.pages().getFirst().blocks().stream().filter(b -> b instanceof TableBlock)
        .map(b -> (TableBlock) b).toList();
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Test
  void oneUnnumberedPageOfParagraphs() throws Exception {
    RawDocument document = read(HEAD + "\\pard First paragraph.\\par\\pard Second\\par}");
    assertEquals(1, document.pages().size());
    assertNull(document.pages().getFirst().number());
    assertNull(document.pageCount());
    assertEquals(List.of("First paragraph.", "Second"), texts(document));
    assertEquals(List.of(), document.warnings());
  }

  @Test
  void unicodeEscapesSkipTheirFallbackCharacters() throws Exception {
    // uc1 (the default): one fallback character; uc0: none; uc2: two bytes; negative values are 16-bit.
    RawDocument document = read(HEAD + "K\\u7870?\\u-3913? HO\\u7840?CH\\par"
        + "{\\uc0 Vi\\u7879 t}\\par"
        + "{\\uc2 \\u21834\\'b9\\'feX}\\par"
        + "\\u273\\'64\\u7897 ?i\\par}");
    assertEquals(List.of("K\u1EBE\uF0B7 HO\u1EA0CH", "Vi\u1EC7t", "\u554AX", "\u0111\u1ED9i"), texts(document));
  }

  @Test
  void hexBytesAreDecodedInTheDocumentCodePage() throws Exception {
    RawDocument western = read(HEAD + "Caf\\'e9 cr\\'e8me \\'93ok\\'94\\par}");
    assertEquals(List.of("Café crème \u201Cok\u201D"), texts(western));
    assertEquals("windows-1252", western.encoding());

    // Windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark.
    RawDocument vietnamese = read("{\\rtf1\\ansi\\ansicpg1258{\\fonttbl{\\f0\\fnil Times;}}\\f0 "
        + "K\\'ea\\'ec hoa\\'f2ch Vi\\'ea\\'f2t Kh\\'ea \\'d0\\'f5i\\par}");
    assertEquals(List.of("Kế hoạch Việt Khê Đơi"), texts(vietnamese).stream().map(RtfReaderTest::nfc).toList());
    assertEquals("windows-1258", vietnamese.encoding());
  }

  @Test
  void aFontCharacterSetWinsOverTheDocumentCodePage() throws Exception {
    RawDocument document = read("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fcharset0 Times;}"
        + "{\\f1\\fcharset163 Times VN;}{\\f2\\fcharset204 Arial Cyr;}}"
        + "\\f0 Caf\\'e9 {\\f1 Vi\\'ea\\'f2t} {\\f2 \\'c4\\'e0}\\par}");
    assertEquals(List.of("Café Việt Да"), texts(document).stream().map(RtfReaderTest::nfc).toList());
    assertEquals("windows-1252+windows-1258+windows-1251", document.encoding());
  }

  @Test
  void doubleByteCharactersAreDecodedWhole() throws Exception {
    // Shift_JIS: 0x82A0 is あ; in 0x83 0x65 (テ) Word writes the trail byte as the ASCII letter 'e'.
    RawDocument document = read("{\\rtf1\\ansi\\ansicpg932{\\fonttbl{\\f0\\fcharset128 MS Mincho;}}\\f0 "
        + "\\'82\\'a0\\'83e\\'83\\'58\\'83\\'67 ok \\'83\\\\\\'83\\{\\par}");
    // ...and where the trail byte is one RTF escapes: 0x835C is ソ, 0x837B is ボ.
    assertEquals(List.of("あテスト ok ソボ"), texts(document));
  }

  @Test
  void controlSymbolsAndSpecialCharacters() throws Exception {
    RawDocument document = read(HEAD + "a\\~b op\\-tional non\\_breaking \\\\ \\{x\\} \\emdash\\endash"
        + "\\lquote q\\rquote\\tab t\\par}");
    assertEquals(List.of("a\u00A0b op\u00ADtional non-breaking \\ {x} \u2014\u2013\u2018q\u2019\tt"),
        texts(document));
  }

  @Test
  void lineBreaksSplitAParagraphIntoLines() throws Exception {
    RawDocument document = read(HEAD + "\\pard TM. \\'dcY BAN\\line KT. CH\\'d9 T\\'ccCH\\par"
        + "\\pard Next\\par}");
    List<RawDocument.Block> blocks = document.pages().getFirst().blocks();
    assertEquals(2, blocks.size());
    assertEquals(List.of("TM. ÜY BAN", "KT. CHÙ TÌCH"), ((Paragraph) blocks.getFirst()).lines().stream()
        .map(Line::text).toList());
  }

  @Test
  void aBackslashBeforeALineEndIsAParagraphEnd() throws Exception {
    assertEquals(List.of("one", "two"), texts(read(HEAD + "one\\\ntwo\\par}")));
  }

  @Test
  void lineEndsInTheFileAreNotText() throws Exception {
    assertEquals(List.of("one two"), texts(read(HEAD + "one\r\n two\n\\par}")));
  }

  @Test
  void verticallyMergedCellsContinueEmpty() throws Exception {
    String row1 = "\\trowd\\cellx1000\\cellx3000\\cellx5000"
        + "\\pard\\intbl{\\b TT}\\cell\\pard\\intbl{\\b Task}\\cell\\pard\\intbl{\\b Product}\\cell\\row";
    String row2 = "\\trowd\\clvmgf\\cellx1000\\clvmgf\\cellx3000\\cellx5000"
        + "\\pard\\intbl 2\\cell\\pard\\intbl Publish news\\cell\\pard\\intbl 20 items\\cell\\row";
    String row3 = "\\trowd\\clvmrg\\cellx1000\\clvmrg\\cellx3000\\cellx5000"
        + "\\pard\\intbl\\cell\\pard\\intbl\\cell\\pard\\intbl 6 items\\par\\pard\\intbl a year\\cell\\row";
    RawDocument document = read(HEAD + "\\pard Before\\par" + row1 + row2 + row3 + "\\pard\\par After\\par}");
    List<TableBlock> tables = tables(document);
    assertEquals(1, tables.size());
    assertEquals(List.of(
        List.of("TT", "Task", "Product"),
        List.of("2", "Publish news", "20 items"),
        List.of("", "", "6 items\na year")), tables.getFirst().rows());
    // Bold cells are not headings, and the paragraphs around the table keep their places.
    assertEquals(List.of("Before", "After"), texts(document));
    assertTrue(lines(document).stream().allMatch(l -> l.headingSource() == null));
    assertTrue(document.pages().getFirst().blocks().get(1) instanceof TableBlock);
  }

  @Test
  void aVerticalContinuationKeepsNoTextOfItsOwn() throws Exception {
    String rtf = HEAD + "\\trowd\\clvmgf\\cellx1000\\cellx2000\\pard\\intbl A\\cell B\\cell\\row"
        + "\\trowd\\clvmrg\\cellx1000\\cellx2000\\pard\\intbl stray\\cell C\\cell\\row}";
    assertEquals(List.of(List.of("A", "B"), List.of("", "C")), tables(read(rtf)).getFirst().rows());
  }

  @Test
  void horizontallyMergedCellsContinueEmpty() throws Exception {
    String rtf = HEAD
        + "\\trowd\\clmgf\\cellx1000\\clmrg\\cellx2000\\cellx3000\\pard\\intbl Wide\\cell\\cell Right\\cell\\row"
        + "\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl a\\cell b\\cell c\\cell\\row}";
    assertEquals(List.of(List.of("Wide", "", "Right"), List.of("a", "b", "c")), tables(read(rtf)).getFirst().rows());
  }

  @Test
  void aCellSpanningColumnsOfOtherRowsIsPadded() throws Exception {
    // Word writes a merged cell as one wide cell: its right edge is another row's second edge.
    String rtf = HEAD
        + "\\trowd\\cellx2000\\cellx3000\\pard\\intbl Heading\\cell X\\cell\\row"
        + "\\trowd\\trleft0\\cellx1000\\cellx2002\\cellx3000\\pard\\intbl a\\cell b\\cell c\\cell\\row"
        + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl only two\\cell d\\cell\\row}";
    assertEquals(List.of(List.of("Heading", "", "X"), List.of("a", "b", "c"), List.of("only two", "d", "")),
        tables(read(rtf)).getFirst().rows());
  }

  @Test
  void wordsRowEndGroupRepeatsTheLayoutBeforeRow() throws Exception {
    String layout = "\\trowd\\irow0\\cellx1000\\clvmgf\\cellx2000";
    String rtf = HEAD + layout + "\\pard\\intbl a\\cell b\\cell\\pard\\intbl{" + layout + "\\row}"
        + "\\trowd\\cellx1000\\clvmrg\\cellx2000\\pard\\intbl c\\cell\\cell\\pard\\intbl{\\trowd\\cellx1000"
        + "\\clvmrg\\cellx2000\\row}\\pard\\par}";
    assertEquals(List.of(List.of("a", "b"), List.of("c", "")), tables(read(rtf)).getFirst().rows());
  }

  @Test
  void rowsWithoutLayoutAndShortRowsGetTheFullWidth() throws Exception {
    String rtf = HEAD + "\\pard\\intbl a\\cell b\\cell c\\cell\\row\\pard\\intbl d\\cell\\row}";
    assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "", "")), tables(read(rtf)).getFirst().rows());
  }

  @Test
  void aParagraphBetweenTablesSeparatesThem() throws Exception {
    String row = "\\trowd\\cellx1000\\pard\\intbl x\\cell\\row";
    RawDocument document = read(HEAD + row + "\\pard\\par" + row + row + "}");
    assertEquals(2, tables(document).size());
    assertEquals(2, tables(document).get(1).rows().size());
  }

  @Test
  void nestedTablesAreFlattenedIntoTheirCell() throws Exception {
    String nested = "\\pard\\intbl\\itap2 inner 1\\nestcell inner 2\\nestcell"
        + "{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}{\\nonesttables\\par}";
    String rtf = HEAD + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl\\itap1 before\\par" + nested
        + "\\pard\\intbl\\itap1 after\\cell\\pard\\intbl\\itap1 right\\cell"
        + "{\\trowd\\cellx1000\\cellx2000\\row}\\pard\\itap0\\par}";
    assertEquals(List.of(List.of("before\ninner 1\ninner 2\nafter", "right")), tables(read(rtf)).getFirst().rows());
  }

  @Test
  void headingLevelsComeFromStyleNames() throws Exception {
    String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}"
        + "{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2 Heading 2,H2;}"
        + "{\\s7 Ti\\u234?u \\u273?\\u7873? 3;}{\\*\\cs10 \\additive heading 4;}{\\s8 Body Heading Text;}}"
        + "\\pard\\s1 One\\par\\pard\\s2 Two\\par\\pard\\s7 Three\\par\\pard\\s8 Body\\par\\pard Plain\\par"
        + "{\\pard\\s1 In a group\\par}}";
    List<Line> lines = lines(read(rtf));
    assertEquals(List.of("One", "Two", "Three", "Body", "Plain", "In a group"), lines.stream().map(Line::text)
        .toList());
    assertEquals(java.util.Arrays.asList(1, 2, 3, null, null, 1), lines.stream().map(Line::headingLevel).toList());
    assertEquals("style", lines.getFirst().headingSource());
    assertNull(lines.get(3).headingSource());
  }

  @Test
  void headingLevelsComeFromOutlineLevels() throws Exception {
    String rtf = "{\\rtf1\\ansi"
        + "{\\stylesheet{\\s0 Normal;}{\\s5\\outlinelevel2 Custom;}{\\s6\\outlinelevel9 heading 1;}}"
        + "\\pard\\outlinelevel0 Top\\par\\pard\\outlinelevel1\\b Second\\par\\pard\\s5 Styled\\par"
        + "\\pard\\s6 Body text\\par\\pard\\s5\\outlinelevel9 Overridden\\par\\pard\\outlinelevel7 Deep\\par}";
    List<Line> lines = lines(read(rtf));
    assertEquals(java.util.Arrays.asList(1, 2, 3, null, null, 6), lines.stream().map(Line::headingLevel).toList());
    assertEquals("style", lines.get(1).headingSource());
  }

  @Test
  void whollyBoldParagraphsAreBoldHints() throws Exception {
    RawDocument document = read(HEAD + "\\pard{\\b I. M\\u7908?C TI\\u202?U}\\par"
        + "\\pard\\b 1. \\b0 Mixed\\par"
        + "\\pard{\\b Bold} and plain\\par"
        + "\\pard\\b Bold to the \\plain end?\\par"
        + "\\pard{\\b\\b0 Off}\\par}");
    List<Line> lines = lines(document);
    assertEquals(List.of("I. MỤC TIÊU", "1. Mixed", "Bold and plain", "Bold to the end?", "Off"),
        lines.stream().map(Line::text).toList());
    assertEquals("bold", lines.getFirst().headingSource());
    assertNull(lines.getFirst().headingLevel());
    assertTrue(lines.subList(1, 5).stream().allMatch(l -> l.headingSource() == null), lines.toString());
  }

  @Test
  void pageFurnitureAndSettingsAreSkipped() throws Exception {
    String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fcharset0 Times;}}{\\colortbl;\\red0\\green0\\blue0;}"
        + "{\\info{\\title Secret title}{\\author Someone}}{\\*\\generator Writer 1.0;}"
        + "{\\header \\pard Page header\\par}{\\footerl \\pard Footer left\\par}{\\headerf First header\\par}"
        + "\\pard Body{\\footnote \\pard\\chftn Footnote text\\par} text"
        + "{\\*\\bkmkstart mark}{\\*\\unknowndestination hidden}{\\pict\\pngblip 89504e47}"
        + "{\\*\\shppict{\\pict\\bin4 }{}{}}{\\nonshppict{\\pict 00}} done\\par"
        + "{\\v hidden text}\\pard Visible\\par}";
    assertEquals(List.of("Body text done", "Visible"), texts(read(rtf)));
  }

  @Test
  void fieldResultsAreKeptAndInstructionsSkipped() throws Exception {
    String rtf = HEAD + "\\pard See {\\field{\\*\\fldinst HYPERLINK \"https://example.org\"}"
        + "{\\fldrslt {\\ul the portal}}} and page {\\field{\\fldinst PAGE}{\\fldrslt 3}}.\\par}";
    assertEquals(List.of("See the portal and page 3."), texts(read(rtf)));
  }

  @Test
  void theUnicodeHalfOfAnUprGroupIsRead() throws Exception {
    String rtf = HEAD + "\\pard {\\upr{K\\'ca ho\\'5fch}{\\*\\ud{K\\u7871? ho\\u7841?ch}}} end\\par}";
    assertEquals(List.of("Kế hoạch end"), texts(read(rtf)));
  }

  @Test
  void groupsNestedFarBeyondTheCallStackAreRead() throws Exception {
    int depth = 100_000;
    String rtf = HEAD + "\\pard " + "{".repeat(depth) + "deep" + "}".repeat(depth) + " end\\par}";
    assertEquals(List.of("deep end"), texts(read(rtf)));

    // Groups that each change a property get a state of their own, still on the heap.
    String bold = HEAD + "\\pard " + "{\\b ".repeat(depth) + "bold" + "}".repeat(depth) + "\\par}";
    assertEquals("bold", lines(read(bold)).getFirst().headingSource());
  }

  @Test
  void aFileCutShortIsReadWithAWarning() throws Exception {
    RawDocument document = read(HEAD + "\\pard Last words" + "{".repeat(100_000));
    assertEquals(List.of("Last words"), texts(document));
    assertEquals(1, document.warnings().size());
    assertEquals("rtf-unclosed", document.warnings().getFirst().code());
    assertTrue(document.warnings().getFirst().message().contains("100,001"), document.warnings().toString());
  }

  @Test
  void unbalancedBracesAreCorrupt() {
    IngestException e = assertThrows(IngestException.class, () -> read(HEAD + "\\pard a\\par}}"));
    assertEquals(IngestFailure.CORRUPT_FILE, e.failure());
    assertTrue(e.getMessage().startsWith("cannot parse RTF: unbalanced braces"), e.getMessage());
  }

  @Test
  void whatIsNotRtfIsCorrupt() {
    for (String garbage : List.of("plain text", "{\\rtfx}", "\\rtf1 a}", "{{\\rtf1 a}}", "")) {
      IngestException e = assertThrows(IngestException.class, () -> read(garbage), garbage);
      assertEquals(IngestFailure.CORRUPT_FILE, e.failure(), garbage);
      assertEquals("cannot parse RTF: the file does not start with {\\rtf", e.getMessage(), garbage);
    }
  }

  @Test
  void aByteOrderMarkAndWhiteSpaceBeforeTheHeaderAreTolerated() throws Exception {
    assertEquals(List.of("ok"), texts(read("\u00EF\u00BB\u00BF \r\n" + HEAD + "ok\\par}")));
  }

  @Test
  void textBeyondTheLimitIsTooLarge() throws Exception {
    IngestLimits limits = new IngestLimits(1 << 20, 100, Duration.ofSeconds(10), 256);
    assertEquals(1, texts(read(HEAD + "x".repeat(100) + "\\par}", limits)).size());
    IngestException e = assertThrows(IngestException.class,
        () -> read(HEAD + "\\pard " + "word ".repeat(30) + "\\par}", limits));
    assertEquals(IngestFailure.TOO_LARGE, e.failure());
    assertEquals("text too long: more than 100 characters (limit --max-chars)", e.getMessage());
  }

  @Test
  void skippedContentDoesNotCountTowardsTheLimit() throws Exception {
    IngestLimits limits = new IngestLimits(1 << 20, 100, Duration.ofSeconds(10), 256);
    String rtf = HEAD + "{\\pict " + "0a".repeat(10_000) + "}{\\*\\datastore 0102}{\\header " + "h".repeat(500)
        + "}\\pard short\\par}";
    assertEquals(List.of("short"), texts(read(rtf, limits)));
  }

  /**
   * LibreOffice's export of a small HTML page (headings, a bold paragraph, a link, lists, and a table with a
   * row span, a column span and a nested table): Unicode escapes with '?' fallbacks, list text groups that reset
   * the paragraph inside them, and more cells than {@code \cellx} after the nested table.
   */
  @Test
  void aLibreOfficeExportIsRead() throws Exception {
    RawDocument document;
    try (var in = RtfReaderTest.class.getResourceAsStream("libreoffice-export.rtf")) {
      document = new RtfReader().read(in, "application/rtf", IngestLimits.DEFAULT);
    }
    List<Line> lines = lines(document);
    assertEquals(List.of("KẾ HOẠCH THỬ", "I. Mục đích", "Đoạn in đậm hoàn toàn",
        "Đoạn văn có liên kết và chữ nghiêng.", " 1.\tMục một", " 2.\tMục hai", "\uF0B7\tGạch đầu dòng", "Kết thúc."),
        lines.stream().map(Line::text).toList());
    assertEquals(java.util.Arrays.asList(1, 2, null, null, null, null, null, null),
        lines.stream().map(Line::headingLevel).toList());
    assertEquals("bold", lines.get(2).headingSource());
    assertEquals(List.of(
        List.of("TT", "Nội dung", "Ghi chú"),
        List.of("1", "Dòng a", "x"),
        List.of("", "Dòng b", "y"),
        List.of("Gộp ngang", "", "z"),
        List.of("2\ntrong 1\ntrong 2", "", "w")), tables(document).getFirst().rows());
    assertTrue(document.pages().getFirst().blocks().get(7) instanceof TableBlock);
  }

  @Test
  void binaryDataIsSkippedByItsLength() throws Exception {
    String rtf = HEAD + "{\\pict\\bin5 }{x\\}}after\\par}";
    assertEquals(List.of("after"), texts(read(rtf)));
  }
}
