package org.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planex.Corpus;
import org.planex.model.HeadingHint;
import org.planex.model.PlanDocument;

/** The five real seeds as text files: what comes out must be the seed, re-wrapped, line for line. */
class SeedTextIngestionTest {

  private static final LocalIngester INGESTER = new LocalIngester(IngestLimits.DEFAULT);

  static PlanDocument ingest(String file) throws IngestException {
    return INGESTER.ingest(Corpus.plan(file));
  }

  static List<String> lines(PlanDocument document) {
    return document.originalText().lines().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"viet-khe-2025-h2.txt", "tien-lang-19-KH-UBND.txt", "phu-van-2025-h2.txt",
      "thuong-xuan-2025.txt", "mo-lao-2025.txt"})
  void everyLineIsARunOfWholeSeedLinesInOrder(String file) throws Exception {
    PlanDocument document = ingest(file);
    String text = document.originalText();
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text, "NFC");
    List<String> seed = Corpus.read(file).lines().map(SeedTextIngestionTest::squash).filter(s -> !s.isEmpty())
        .toList();
    int next = 0;
    for (String line : lines(document)) {
      String want = squash(line);
      StringBuilder run = new StringBuilder();
      while (run.length() < want.length() && next < seed.size()) {
        run.append(seed.get(next++));
      }
      if (!run.toString().equals(want)) {
        fail(file + ": output line is not a run of seed lines:\n  out:  " + line + "\n  seed: " + run);
      }
    }
    assertEquals(seed.size(), next, file + ": seed lines left over");
  }

  /** Without white space and Markdown marks, so only the characters and their order are compared. */
  private static String squash(String s) {
    return s.replaceAll("^\\s*#+\\s", "").replace("*", "").replaceAll("\\s+", "");
  }

  @Test
  void vietKheParagraphsAndLinesComeOutWhole() throws Exception {
    List<String> lines = lines(ingest("viet-khe-2025-h2.txt"));
    assertEquals("KẾ HOẠCH", lines.get(0));
    assertEquals("Thông tin, tuyên truyền về cải cách hành chính nhà nước của xã Việt Khê 6 tháng cuối năm 2025",
        lines.get(1));
    assertTrue(lines.get(2).startsWith("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành "
        + "Chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2021 - 2030; Công văn số"));
    assertTrue(lines.contains("I. MỤC ĐÍCH, YÊU CẦU"));
    assertTrue(lines.contains("1. Mục đích"));
    assertTrue(lines.contains(
        "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("b) Kịp thời đăng tải")
        && l.endsWith("chưa nghiêm túc trong thực hiện công tác cải cách hành chính.")));
    int nơiNhận = lines.indexOf("Nơi nhận:");
    assertEquals(List.of("- UBND thành phố Hải Phòng;", "- Sở Văn hóa Thể thao và Du lịch;"),
        lines.subList(nơiNhận + 1, nơiNhận + 3));
    int signature = lines.indexOf("TM. ỦY BAN NHÂN DÂN");
    assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Quang"),
        lines.subList(signature + 1, signature + 4));
    assertTrue(lines.contains("(Kèm theo Kế hoạch số /KH-UBND ngày /8/2025 của UBND xã Việt Khê)"));
  }

  @Test
  void phuVanKeepsBrokenDocumentNumbersWhole() throws Exception {
    String text = ingest("phu-van-2025-h2.txt").originalText();
    assertTrue(text.contains("Nghị định số 154/2025/NĐ-CP ngày 15/6/2025"));
    assertTrue(text.contains("Quyết định số 539/QĐ-UBND ngày 05/6/2025"));
    assertTrue(text.contains("Kế hoạch số 21/KH-UBND ngày 04/8/2025 của UBND tỉnh Ninh Bình về việc"));
    assertFalse(text.contains("\n\n"));
  }

  @Test
  void tienLangOcrTitleStaysApartFromLegalBasis() throws Exception {
    List<String> lines = lines(ingest("tien-lang-19-KH-UBND.txt"));
    assertEquals("KE HOACH", lines.get(3));
    assertEquals("Thong tin, tuyén truyén vé cai cach hanh chinh 6 thang cui nim 2025", lines.get(4));
    assertTrue(lines.get(5).startsWith("Can cir Nghi quyét s6 76/NQ-CP"));
    assertTrue(lines.get(5).endsWith("giai doan 2021 - 2030;"));
  }

  @Test
  void moLaoIndentedParagraphsStaySeparate() throws Exception {
    List<String> lines = lines(ingest("mo-lao-2025.txt"));
    int i = lines.indexOf("2. Giao bộ phận Văn hóa- Thông tin, Đài truyền thanh phường");
    assertTrue(i > 0);
    assertTrue(lines.get(i + 1).startsWith("Tham mưu đề xuất, tổ chức thực hiện kế hoạch"));
    assertTrue(lines.get(i + 2).startsWith("Tổ chức các hoạt động tuyên truyền về CCHC thông qua hình thức"));
  }

  @Test
  void thuongXuanMarkdownBecomesTextWithHeadingHints() throws Exception {
    PlanDocument document = ingest("thuong-xuan-2025.txt");
    List<String> lines = lines(document);
    assertEquals(List.of("Số: /KH-UBND", "Thường Xuân, ngày tháng 9 năm 2025", "KẾ HOẠCH",
        "Tuyên truyền Cải cách hành chính trên địa bàn xã năm 2025"), lines.subList(0, 4));
    assertFalse(document.originalText().contains("*"));
    assertFalse(document.originalText().contains("#"));
    assertTrue(lines.contains("Nơi nhận:"));
    assertEquals(List.of("KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hữu Giang"), lines.subList(lines.size() - 3,
        lines.size()));
    assertHint(document, "KẾ HOẠCH", 2, "markdown");
    assertHint(document, "II. NỘI DUNG, HÌNH THỨC, ĐỐI TƯỢNG TUYÊN TRUYỀN", 2, "markdown");
    assertHint(document, "1. Phòng Văn hóa - Xã hội", 3, "markdown");
    assertHint(document, "Lê Hữu Giang", null, "bold");
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("rộng khắp, phù hợp với tình hình, đặc điểm, yêu cầu và "
        + "khả năng của từng đối tượng, từng cơ quan, đơn vị.")));
  }

  private static void assertHint(PlanDocument document, String line, Integer level, String source) {
    for (HeadingHint hint : document.headingHints()) {
      if (document.originalText().substring(hint.start(), hint.end()).equals(line)) {
        assertEquals(level, hint.level(), line);
        assertEquals(source, hint.source(), line);
        return;
      }
    }
    fail("no heading hint for " + line);
  }
}
