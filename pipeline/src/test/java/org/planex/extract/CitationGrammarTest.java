package org.planex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.model.Citation;

/** The number grammar and every damage form real plans do to it, as the annotation guideline canonicalises them. */
class CitationGrammarTest {

  private static Citation only(String text) {
    List<Citation> found = CitationExtractor.citations(text);
    assertEquals(1, found.size(), () -> "one citation in: " + text + " → " + found);
    return found.get(0);
  }

  @Test
  void wellFormedNumbersOfEveryShape() {
    assertEquals("76/NQ-CP", only("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ").number());
    assertEquals("80/2025/QH15", only("Luật Cán bộ, công chức số 80/2025/QH15 ngày 24/6/2025;").number());
    assertEquals("57-NQ/TW", only("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị").number());
    assertEquals("09-KL/BCĐ", only("theo Kết luận số 09-KL/BCĐ ngày 24/11/2024").number());
    assertEquals("140/KH-BCĐTKNQ18", only("Kế hoạch số 140/KH-BCĐTKNQ18 ngày 05/12/2024").number());
    Citation joint = only("Thông tư liên tịch số 183/2010/TTLT/BTC-BNN ngày 15/11/2010 của Bộ Tài chính");
    assertEquals("183/2010/TTLT/BTC-BNN", joint.number());
    assertEquals("Thông tư liên tịch", joint.type());
  }

  @Test
  void damageIsRepaired() {
    assertEquals("08/KH-UBND", only("Kế hoạch số 08/KH UBND ngày 19/7/2025 của UBND tỉnh Ninh Bình").number());
    assertEquals("749/QĐ-TTg", only("Quyết định số 749/QĐ TTg ngày 03/6/2020 của Thủ tướng").number());
    assertEquals("57-NQ/TW", only("Nghị quyết số 57- NQ/TW của Bộ Chính trị").number());
    assertEquals("942/QĐ-TTg", only("ban hành tại Quyết định số 942/QĐ- TTg ngày 15/6/2021").number());
    assertEquals("24/CV-BCĐTKNQ18", only("Công văn số 24/CV-BCĐTKNQ 18 ngày 18/12/2024 của Ban chỉ đạo").number());
    assertEquals("154/2025/NĐ-CP", only("Nghị định số 154/2025/NĐ-\nCP ngày 15/6/2025 quy định về tinh giản").number());
    assertEquals("2324/SKHCN-VP", only("Kế hoạch số 2324//SKHCN-VP ngày 01/8/2025").number());
    assertEquals("3041/QĐ-UBND", only("Quyết định số 3041/QD-UBND ngày 26/7/2025").number());
    assertEquals("89/2017/NĐ-CP", only("Nghị định số 89/2017/ND-CP ngày 29/7/2017").number());
  }

  @Test
  void ocrDamageToSoAndToDJoinsTheTypeToItsNumber() {
    // OCR reads "số" as "56" and "Đ" as "b": the Tiên Lãng scan's "Quyết định 56 468/Qb-TTg".
    Citation decision = only("Tuyên truyền Quyết định 56 468/Qb-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;");
    assertEquals("468/QĐ-TTg", decision.number());
    assertEquals("Quyết định", decision.type());
    assertEquals("Thủ tướng Chính phủ", decision.issuer());
  }

  @Test
  void aSteeringCommitteeIsNamedByItsMission() {
    List<Citation> found = CitationExtractor.citations("theo văn bản số 48/CV BCĐTKNQ18 ngày 03/5/2025 của Ban Chỉ"
        + " đạo tổng kết việc thực hiện Nghị quyết \nsố 18-NQ/TW của Chính phủ về việc đẩy mạnh phân quyền");
    assertEquals("Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số 18-NQ/TW của Chính phủ",
        found.get(0).issuer());
    assertEquals("đẩy mạnh phân quyền", found.get(0).title());
    // The resolution inside the committee's name has no issuer of its own: "của Chính phủ" is the committee's.
    assertNull(found.get(1).issuer());
    assertEquals("Ban Chỉ đạo Trung ương",
        only("Kết luận số 09-KL/BCĐ ngày 24/11/2024 của Ban Chỉ đạo TW \n\n về tổng kết").issuer());
  }

  @Test
  void aTypodYearIsRepairedOnlyWhenTheDateSaysWhichDigitIsExtra() {
    assertEquals("151/2017/NĐ-CP", only("Nghị định số 151/20217/NĐ-CP ngày 26/12/2017 của Chính phủ").number());
    assertEquals("151/20217/NĐ-CP", only("Nghị định số 151/20217/NĐ-CP của Chính phủ").number());
  }

  @Test
  void aNumberWithoutSoAndDatesInBothForms() {
    Citation decree = only("Nghị định 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách, chế độ");
    assertEquals("Nghị định", decree.type());
    assertEquals("2024-12-31", decree.date());
    assertEquals("chính sách, chế độ", decree.title());
    assertEquals("2021-07-15", only("Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ").date());
  }

  @Test
  void issuersAreReadAndExpanded() {
    assertEquals("Ủy ban nhân dân tỉnh Ninh Bình",
        only("Kế hoạch số 21/KH-UBND ngày 04/8/2025 của UBND tỉnh Ninh Bình về việc thông tin").issuer());
    assertEquals("Thủ tướng Chính phủ",
        only("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án").issuer());
    assertEquals("Chủ tịch Ủy ban nhân dân xã",
        only("Quyết định số 402/QĐ-UBND ngày 31/7/2025 của Chủ tịch Ủy ban nhân dân xã về việc Ban hành").issuer());
    assertEquals("Sở Khoa học và Công nghệ",
        only("Kế hoạch số 2324/SKHCN-VP ngày 01/8/2025 của Sở Khoa học và Công nghệ trao đổi về").issuer());
    assertEquals("Thủ tướng Chính phủ",
        only("Đề án được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày 17/12/2024").issuer());
    Citation subject = only("Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về việc xây dựng kế hoạch;");
    assertEquals("Bộ Nội vụ", subject.issuer());
    assertEquals("xây dựng kế hoạch", subject.title());
  }

  @Test
  void lawsCitedByNameAlone() {
    Citation law = only("được quy định tại Luật Tổ chức chính quyền địa phương năm 2025; các quy định");
    assertEquals("Luật", law.type());
    assertNull(law.number());
    assertEquals("Luật Tổ chức chính quyền địa phương năm 2025", law.title());
  }

  @Test
  void aBulletAfterANumberIsNotPartOfIt() {
    assertEquals("25/2021/QĐ-TTg", only("theo Quyết định số 25/2021/QĐ-TTg\n- Chủ trì: Văn phòng").number());
  }

  @Test
  void whatIsNotACitation() {
    assertTrue(CitationExtractor.citations("đạt chuẩn TCVN ISO 9001:2015 giai đoạn 2021 - 2030, ngày 15/7/2021; "
        + "triển khai Đề án 06; Cổng/Trang thông tin; 20 tin, bài/năm; Quý I/2026").isEmpty());
  }

  @Test
  void spellingsOfOneDocumentShareOneIdAndMentionsCollapse() {
    String a = CitationExtractor.citations("Kế hoạch số 08/KH UBND ngày 19/7/2025 của UBND tỉnh Ninh Bình").get(0).id();
    String b = CitationExtractor.citations("Kế hoạch số 08/KH-UBND ngày 19/07/2025 của Ủy ban nhân dân tỉnh Ninh Bình")
        .get(0).id();
    assertEquals(a, b);
    List<Citation> twice = CitationExtractor.citations(
        "Nghị quyết số 18-NQ/TW; tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương");
    assertEquals(1, twice.size());
    assertEquals(2, twice.get(0).mentions());
    assertEquals("2017-10-25", twice.get(0).date());
  }
}
