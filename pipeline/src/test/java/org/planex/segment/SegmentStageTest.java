package org.planex.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.model.Metadata;
import org.planex.model.PlanDocument;
import org.planex.model.Section;
import org.planex.model.Source;

class SegmentStageTest {

  private static final SegmentStage STAGE = new SegmentStage();
  /** The kind line, a subject line and a first numbered part. */
  private static final String OPENING = "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\nI. MỤC ĐÍCH\n";

  static PlanDocument document(String text) {
    Source source = new Source("plan.txt", "0", "text/plain", null, null, text.length(), "UTF-8");
    return PlanDocument.ingested(source, text, List.of(), List.of(), List.of(), List.of());
  }

  static List<Section> flat(List<Section> sections) {
    List<Section> out = new ArrayList<>();
    for (Section section : sections) {
      out.add(section);
      out.addAll(flat(section.children()));
    }
    return out;
  }

  @Test
  void moLaoKeepsDuplicatedNumbersAndNestsDashesUnderArabic() {
    String text = Corpus.read("mo-lao-2025.txt");
    List<Section> sections = flat(STAGE.apply(document(text)).sections());
    List<String> roman = sections.stream().filter(s -> s.level() == 1 && s.number() != null)
        .map(Section::number).toList();
    assertEquals(List.of("I.", "II.", "III.", "IV.", "IV."), roman);
    Section purpose = sections.get(2);
    assertEquals("MỤC ĐÍCH, YÊU CẦU", purpose.heading());
    assertEquals("purpose", purpose.label());
    Section first = purpose.children().get(0);
    assertEquals("1.", first.number());
    assertEquals("Mục đích", first.heading());
    assertEquals(3, first.children().get(0).level());
    assertEquals("-", first.children().get(0).number());
    assertNull(first.children().get(0).heading());
    List<String> parts = sections.stream().filter(s -> s.number() == null).map(Section::label).toList();
    assertEquals(List.of("header", "legal-basis", "closing", "recipients", "signature"), parts);
  }

  @Test
  void sectionsStartAtTheirMarkerAndEndWhereTheNextSiblingStarts() {
    String text = Corpus.read("ea-kar-2025.txt");
    List<Section> top = STAGE.apply(document(text)).sections();
    for (int i = 0; i + 1 < top.size(); i++) {
      assertEquals(top.get(i + 1).start(), top.get(i).end());
    }
    Section targets = top.stream().filter(s -> "II.".equals(s.number())).findFirst().orElseThrow();
    assertTrue(text.startsWith("II. CHỈ TIÊU CỤ THỂ", targets.start()));
    assertEquals("purpose", targets.label());
    // a dash directly under a Roman part is level 2
    assertEquals(2, targets.children().get(0).level());
  }

  @Test
  void headerWithBlankNumberAndDayGivesSymbolAndPartialDate() {
    Metadata metadata = STAGE.apply(document(Corpus.read("ea-kar-2025.txt"))).metadata();
    assertEquals("KẾ HOẠCH", metadata.kind());
    assertNull(metadata.number());
    assertEquals("KH-UBND", metadata.symbol());
    assertNull(metadata.date());
    assertEquals("2025-09", metadata.partialDate());
    assertEquals("Ea Kar", metadata.place());
    assertEquals("Ủy ban nhân dân xã Ea Kar", metadata.issuer());
    assertEquals(new Metadata.Unit("xã", "Ea Kar"), metadata.unit());
    assertEquals("Đắk Lắk", metadata.province());
    assertEquals("những tháng cuối năm 2025", metadata.period());
    assertEquals(new Metadata.Signer("Y Thuyên Knul", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"), metadata.signer());
    assertEquals("UBND tỉnh Đắk Lắk", metadata.recipients().get(0));
    assertEquals("Lưu: VT, CAX", metadata.recipients().get(metadata.recipients().size() - 1));
  }

  @Test
  void twoColumnHeaderIsSplitIntoIssuerAndMotto() {
    Metadata metadata = STAGE.apply(document(Corpus.read("kien-giang-2024.txt"))).metadata();
    assertEquals("09/KH-UBND", metadata.number());
    assertEquals("2024-01-18", metadata.date());
    assertEquals("Kiến Giang", metadata.place());
    assertEquals("Ủy ban nhân dân thị trấn Kiến Giang", metadata.issuer());
    assertEquals("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", metadata.signer().authority());
  }

  @Test
  void withoutHeaderTheIssuerComesFromTheText() {
    Metadata metadata = STAGE.apply(document(Corpus.read("viet-khe-2025-h2.txt"))).metadata();
    assertEquals("Ủy ban nhân dân xã Việt Khê", metadata.issuer());
    assertNull(metadata.place());
    assertEquals("Thông tin, tuyên truyền về cải cách hành chính nhà nước của xã Việt Khê 6 tháng cuối năm 2025",
        metadata.title());
  }

  @Test
  void textWithoutStructureIsOneSectionWithAWarning() {
    PlanDocument out = STAGE.apply(document("Một đoạn văn bản không có cấu trúc.\nDòng thứ hai."));
    assertEquals(1, out.sections().size());
    assertEquals(0, out.sections().get(0).start());
    assertEquals("segment", out.warnings().get(0).stage());
    assertEquals(0, STAGE.apply(document("")).sections().get(0).end());
  }

  @Test
  void twoThousandPagesAreSegmentedInLinearTime() {
    String plan = Corpus.read("viet-khe-2025-h2.txt");
    // the body is about 4 pages: 50 copies make a 200-page plan, 500 a 2,000-page one
    PlanDocument small = document(repeatBody(plan, 50));
    PlanDocument large = document(repeatBody(plan, 500));
    long perCopy = numbered(STAGE.apply(document(plan)).sections());
    assertEquals(500 * perCopy, numbered(STAGE.apply(large).sections()));
    long smallNanos = fastest(small, 5);
    long largeNanos = fastest(large, 2);
    // linear time makes the ratio about 10; a quadratic step would make it about 100
    double ratio = (double) largeNanos / smallNanos;
    assertTrue(ratio < 25, "2,000 pages took %.1f times as long as 200".formatted(ratio));
  }

  private static String repeatBody(String plan, int copies) {
    int bodyStart = plan.indexOf("I. MỤC ĐÍCH");
    int bodyEnd = plan.indexOf("Trên đây là");
    StringBuilder text = new StringBuilder(plan.substring(0, bodyStart));
    text.append(plan.substring(bodyStart, bodyEnd).repeat(copies));
    return text.append(plan.substring(bodyEnd)).toString();
  }

  /** The fastest of a few runs, so a pause of the JIT or the collector does not count. */
  private static long fastest(PlanDocument document, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      STAGE.apply(document);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void signaturePrintedBesideTheRecipientsIsReadFromTheRightColumn() {
    String text = """
        KẾ HOẠCH
        Tuyên truyền cải cách hành chính năm 2025
        Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh Phú Thọ;
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao nhận thức.
        Trên đây là Kế hoạch tuyên truyền của UBND xã An Bình./.
        Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
        - UBND tỉnh (b/c);                         CHỦ TỊCH
        - Lưu: VT.

                                                   Trần Văn An
        """;
    Metadata metadata = STAGE.apply(document(text)).metadata();
    assertEquals(List.of("UBND tỉnh", "Lưu: VT"), metadata.recipients());
    assertEquals(new Metadata.Signer("Trần Văn An", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"), metadata.signer());
    assertEquals("Ủy ban nhân dân xã An Bình", metadata.issuer());
    assertEquals("Phú Thọ", metadata.province());
  }

  @Test
  void recipientsRunOntoTheClosingLineAfterTheEndMarkAreStillRead() {
    String text = OPENING + """
        - Nâng cao nhận thức.
        Trên đây là Kế hoạch của UBND phường Chi Lăng./. Nơi nhận:
        - Sở Nội vụ;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Đỗ Thu Hằng
        """;
    PlanDocument out = STAGE.apply(document(text));
    assertEquals(List.of("Sở Nội vụ", "Lưu: VT"), out.metadata().recipients());
    Section recipients = out.sections().stream().filter(s -> "recipients".equals(s.label())).findFirst()
        .orElseThrow();
    assertTrue(text.startsWith("Nơi nhận:", recipients.start()));
  }

  @Test
  void aHyphenLeftAtTheStartOfAWrappedLineIsNoBullet() {
    String text = OPENING + """
        a) Gắn với mục tiêu phát triển kinh tế
        - xã hội của địa phương;
        b) Kịp thời.
        """;
    List<String> numbers = flat(STAGE.apply(document(text)).sections()).stream().map(Section::number).toList();
    assertEquals(List.of("I.", "a)", "b)"), numbers.stream().filter(n -> n != null).toList());
  }

  @Test
  void aNumberAfterTheUnitNameIsPartOfItOnlyWhenSuchAUnitExists() {
    Metadata numbered = STAGE.apply(document("UBND xã A Lưới 1 xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n"))
        .metadata();
    assertEquals(new Metadata.Unit("xã", "A Lưới 1"), numbered.unit());
    assertEquals("Huế", numbered.province());
    Metadata plain = STAGE.apply(document("Kế hoạch của UBND xã Việt Khê 6 tháng cuối năm 2025.\nI. MỤC ĐÍCH\n"))
        .metadata();
    assertEquals(new Metadata.Unit("xã", "Việt Khê"), plain.unit());
  }

  @Test
  void oddInputsNeverThrow() {
    for (String odd : List.of("I.", "KẾ HOẠCH", "KẾ HOẠCH\n", "1.\n2.\n-\n", "Số: /\n, ngày tháng năm 2025\nKẾ HOẠCH",
        "Nơi nhận:\nTM.\n", "\n\n\n", "a) b) c)\nPHỤ LỤC\n(Kèm theo Kế hoạch số /KH ngày //2025)")) {
      PlanDocument out = STAGE.apply(document(odd));
      assertTrue(out.sections().size() >= 1, odd);
    }
  }

  private static long numbered(List<Section> sections) {
    return flat(sections).stream().filter(s -> s.number() != null).count();
  }
}
