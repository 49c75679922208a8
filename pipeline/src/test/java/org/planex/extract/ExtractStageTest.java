package org.planex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.Body;
import org.planex.model.Citation;
import org.planex.model.Deadline;
import org.planex.model.PlanDocument;
import org.planex.model.Quota;
import org.planex.model.Source;
import org.planex.segment.SegmentStage;

/** The extract stage on the real seeds, ingested and segmented as the pipeline does it. */
class ExtractStageTest {

  private static final LocalIngester INGESTER = new LocalIngester(IngestLimits.DEFAULT);

  static PlanDocument extract(String file) {
    try {
      PlanDocument document = INGESTER.ingest(Corpus.plan(file));
      return new ExtractStage().apply(new SegmentStage().apply(document));
    } catch (Exception e) {
      throw new AssertionError(file, e);
    }
  }

  static PlanDocument document(String text) {
    Source source = new Source("plan.txt", "0", "text/plain", null, null, text.length(), "UTF-8");
    return PlanDocument.ingested(source, text, List.of(), List.of(), List.of(), List.of());
  }

  private static Set<String> numbers(PlanDocument document) {
    return document.citations().stream().map(Citation::number).collect(Collectors.toSet());
  }

  private static Body body(PlanDocument document, String name, String role) {
    return document.bodies().stream().filter(b -> b.name().equals(name) && b.role().equals(role)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " (" + role + ") not among " + document.bodies().stream()
            .map(b -> b.name() + " (" + b.role() + ")").toList()));
  }

  @Test
  void vietKheCitationsBodiesQuotasAndDeadlines() {
    PlanDocument vk = extract("viet-khe-2025-h2.txt");
    assertEquals(Set.of("76/NQ-CP", "4625/BNV-CCHC", "3041/QĐ-UBND", "402/QĐ-UBND"), numbers(vk));
    Citation resolution = vk.citations().get(0);
    assertEquals("Chính phủ", resolution.issuer());
    assertEquals("legal-basis", resolution.section());
    assertTrue(vk.text() == null && vk.originalText().startsWith(resolution.text(), resolution.start()));

    assertTrue(body(vk, "Phòng Văn hóa - Xã hội", "lead").tasks()
        .contains("Tham mưu các giải pháp nâng cao chất lượng thông tin, tuyên truyền về CCHC trên Cổng thông tin điện tử"));
    assertEquals(List.of("Phối hợp với Phòng Văn hóa xã hội thẩm định dự toán kinh phí tuyên truyền cải cách hành "
        + "chính xã Việt Khê năm 2025 trình Ủy ban nhân dân xã phê duyệt"), body(vk, "Phòng Kinh tế", "support").tasks());
    assertEquals(3, body(vk, "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "requested").tasks().size());
    body(vk, "các tổ chức chính trị - xã hội", "requested");
    body(vk, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead");
    body(vk, "Các phòng, ban đơn vị liên quan", "support");

    Quota radio = vk.quotas().stream().filter(q -> q.quantity().equals("02") && "hằng tháng".equals(q.period()))
        .findFirst().orElseThrow();
    assertEquals("tin, bài", radio.unit());
    assertEquals("ít nhất", radio.comparator());
    assertEquals("hệ thống truyền thanh", radio.channel());
    assertEquals("Phòng Văn hóa - Xã hội", radio.body());
    // 20 on the Cổng and 25 on the Trang thông tin điện tử: two channels, so no conflict is reported.
    assertTrue(vk.quotas().stream().anyMatch(q -> q.quantity().equals("25")));
    assertTrue(vk.warnings().stream().noneMatch(w -> w.code().equals("quota-conflict")));

    Deadline first = vk.deadlines().stream().filter(d -> "2025-08-10".equals(d.date())).findFirst().orElseThrow();
    assertEquals("Phòng Văn hóa - Xã hội", first.body());
    assertEquals("Ban hành Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của đơn vị", first.task());
    assertTrue(vk.deadlines().stream().anyMatch(d -> "quarterly,half-yearly,yearly".equals(d.recurrence())));
    assertTrue(vk.deadlines().stream().anyMatch(d -> "2026-Q1".equals(d.date())));
  }

  @Test
  void phuVanCitesThirtyDocumentsInDamagedSpellings() {
    PlanDocument pv = extract("phu-van-2025-h2.txt");
    Set<String> numbers = numbers(pv);
    assertTrue(numbers.containsAll(Set.of("08/KH-UBND", "749/QĐ-TTg", "942/QĐ-TTg", "154/2025/NĐ-CP",
        "178/2024/NĐ-CP", "1674/NQ-UBTVQH15", "57-NQ/TW")), numbers::toString);
    assertTrue(pv.citations().size() >= 30);
    assertTrue(pv.citations().stream().anyMatch(c -> c.number() == null
        && "Luật Tổ chức chính quyền địa phương năm 2025".equals(c.title())));
    body(pv, "Phòng Văn hóa - Xã hội", "lead");
    body(pv, "Ủy ban Mặt trận Tổ quốc", "requested");
    body(pv, "các đoàn thể", "requested");
  }

  @Test
  void thuongXuanAndTheIssuerNamedBeforeTheCitation() {
    PlanDocument tx = extract("thuong-xuan-2025.txt");
    assertEquals(8, tx.citations().size());
    Citation scheme = tx.citations().stream().filter(c -> "1588/QĐ-TTg".equals(c.number())).findFirst().orElseThrow();
    assertEquals("Thủ tướng Chính phủ", scheme.issuer());
    assertEquals("Chủ tịch Ủy ban nhân dân xã Thường Xuân", tx.citations().get(0).issuer());
    body(tx, "Trung tâm Phục vụ hành chính công", "lead");
  }

  @Test
  void moLaoRepairsItsNumbersAndReadsGiaoHeadings() {
    PlanDocument ml = extract("mo-lao-2025.txt");
    assertTrue(numbers(ml).containsAll(Set.of("151/2017/NĐ-CP", "24/CV-BCĐTKNQ18", "140/KH-BCĐTKNQ18", "18-NQ/TW")));
    Citation plan = ml.citations().stream().filter(c -> "140/KH-BCĐTKNQ18".equals(c.number())).findFirst()
        .orElseThrow();
    assertEquals("Kế hoạch", plan.type());
    Citation resolution = ml.citations().stream().filter(c -> "18-NQ/TW".equals(c.number())).findFirst()
        .orElseThrow();
    assertTrue(resolution.mentions() >= 2);
    assertEquals("Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết số 18-NQ/TW", plan.issuer());
    body(ml, "Văn phòng Ủy ban nhân dân phường", "lead");
    body(ml, "Đài truyền thanh phường", "lead");
    body(ml, "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "requested");
    // "02 Bộ Quy tắc" counts documents; "Biểu dương … có tỷ lệ … đạt 100%" is a commendation threshold.
    assertTrue(ml.quotas().isEmpty(), () -> ml.quotas().toString());
    // The reporting periods of a year, "Thường xuyên" opening a sentence across a wrap; not the budget's cycle
    // ("dự toán hàng năm") nor the qualities "hoạt động thường xuyên trên …", "thường xuyên, liên tục".
    assertEquals(List.of("Thường xuyên", "quý I, 6 tháng, 9 tháng và cả năm",
        "chậm nhất ngày 10 của tháng cuối kỳ báo cáo"), ml.deadlines().stream().map(Deadline::text).toList());
    assertEquals("quarterly,half-yearly,yearly", ml.deadlines().get(1).recurrence());
  }

  @Test
  void thuongXuyenTimesATaskWhereverItStandsBeforeTheVerb() {
    assertTrue(extract("phu-van-2025-h2.txt").deadlines().stream()
        .anyMatch(d -> d.text().equals("Thường xuyên") && "continuous".equals(d.recurrence())));
    // Outside any assignment, the sentence's subject is the body it binds: "- Các cơ quan, đơn vị thường xuyên rà soát".
    assertTrue(extract("thuong-xuan-2025.txt").deadlines().stream()
        .anyMatch(d -> d.text().equals("thường xuyên") && "Các cơ quan, đơn vị".equals(d.body())));
  }

  @Test
  void aRhythmKeepsTheDayOfItsPeriod() {
    PlanDocument bracketed = new ExtractStage().apply(new SegmentStage().apply(document("- Tổng hợp, báo cáo định kỳ"
        + " hằng quý (trước ngày 15 của tháng cuối quý), 06 tháng, năm gửi UBND huyện.\n")));
    assertEquals(List.of("hằng quý (trước ngày 15 của tháng cuối quý), 06 tháng, năm",
        "trước ngày 15 của tháng cuối quý"), bracketed.deadlines().stream().map(Deadline::text).toList());
    assertEquals("quarterly,half-yearly,yearly", bracketed.deadlines().get(0).recurrence());
    PlanDocument joined = new ExtractStage().apply(new SegmentStage().apply(document("- Báo cáo định kỳ hằng quý"
        + " trước ngày 15 của tháng cuối quý và báo cáo năm trước ngày 20/11/2025.\n")));
    assertEquals(List.of("hằng quý trước ngày 15 của tháng cuối quý", "trước ngày 20/11/2025"),
        joined.deadlines().stream().map(Deadline::text).toList());
  }

  @Test
  void aWeekdayBelongsToTheWeeklyRhythmAndAYearCellToItsRow() {
    PlanDocument weekly = new ExtractStage().apply(new SegmentStage().apply(document("- Các cơ quan, đơn vị báo cáo"
        + " kết quả hằng tuần, vào sáng thứ Sáu.\n")));
    assertEquals("hằng tuần, vào sáng thứ Sáu", weekly.deadlines().get(0).text());
    // The appendix rows of Mỹ An Hưng whose time cell "Năm 2026" ran into the next row's number.
    assertEquals(2, extract("my-an-hung-2026.txt").deadlines().stream().filter(d -> "2026".equals(d.date())).count());
  }

  @Test
  void thePlansOwnNumberIsNotACitation() {
    PlanDocument vd = extract("van-don-2026.txt");
    assertEquals("186/KH-UBND", vd.metadata().number());
    assertFalse(numbers(vd).contains("186/KH-UBND"));
    Deadline half = vd.deadlines().stream().filter(d -> "2026-05".equals(d.date())).findFirst().orElseThrow();
    assertEquals("Trung tâm Phục vụ hành chính công đặc khu", half.body());
  }

  @Test
  void emptyAndNumberlessInputPassQuietly() {
    PlanDocument empty = new ExtractStage().apply(new SegmentStage().apply(
        document("")));
    assertTrue(empty.citations().isEmpty() && empty.bodies().isEmpty() && empty.quotas().isEmpty());
    PlanDocument noise = new ExtractStage().apply(new SegmentStage().apply(
        document("///---12/ /34// Quyết định số / ngày //2025 của\n| | | |")));
    assertNotNull(noise.citations());
    assertNull(noise.text());
  }
}
