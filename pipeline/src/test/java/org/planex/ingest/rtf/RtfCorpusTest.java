package org.planex.ingest.rtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planex.Corpus;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.Table;

/** The committed RTF renderings of the seed plans, ingested end to end through the registered RTF reader. */
class RtfCorpusTest {

  private static final LocalIngester INGESTER = new LocalIngester(IngestLimits.DEFAULT);

  private static PlanDocument ingest(String file) throws IngestException {
    return INGESTER.ingest(Corpus.plan(file));
  }

  /** Whitespace-separated words: line breaks, tabs and runs of spaces differ between formats, words must not. */
  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"viet-khe-2025-h2", "phu-van-2025-h2", "thuong-xuan-2025", "mo-lao-2025"})
  void everyRenderingHasTheWordsOfItsSeed(String base) throws Exception {
    PlanDocument rtf = ingest(base + ".rtf");
    assertEquals("application/rtf", rtf.source().mediaType());
    assertEquals(words(ingest(base + ".txt").originalText()), words(rtf.originalText()));
    assertEquals(List.of(), rtf.warnings());
  }

  @Test
  void vietKheAppendixIsOneTableWithItsMergedCellsExpanded() throws Exception {
    PlanDocument plan = ingest("viet-khe-2025-h2.rtf");
    assertEquals(1, plan.tables().size());
    List<List<String>> rows = plan.tables().getFirst().rows();
    assertEquals(9, rows.size(), "heading row, tasks 1-6 and two more sub-rows of task 2");
    assertTrue(rows.stream().allMatch(r -> r.size() == 6), rows.toString());
    assertEquals(List.of("TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Thời gian thực hiện"), rows.getFirst());
    assertEquals(List.of("2", "Thực hiện tuyên truyền công tác CCHC trên Cổng/Trang thông tin điện tử",
        "20 tin, bài/năm trên Cổng thông tin điện tử xã", "Phòng Văn hóa - Xã Hội",
        "Các phòng, ban đơn vị liên quan", "Năm 2025"), rows.get(2));
    for (int k = 3; k <= 4; k++) {
      assertEquals("", rows.get(k).get(0), "TT of sub-row " + k);
      assertEquals("", rows.get(k).get(1), "Nhiệm vụ of sub-row " + k);
      assertEquals("Năm 2025", rows.get(k).get(5));
    }
    assertEquals("Tối thiểu 25 tin, bài/năm về công tác CCHC trên Trang thông tin điện tử xã", rows.get(4).get(2));
    assertEquals("3", rows.get(5).getFirst());
    List<String> task6 = rows.get(8);
    assertEquals("6", task6.getFirst());
    assertEquals("", task6.get(2), "task 6 has no Sản phẩm");
    assertEquals("Văn phòng HĐND-UBND xã", task6.get(3));
  }

  @Test
  void boldTableCellsAreNotHeadings() throws Exception {
    PlanDocument plan = ingest("viet-khe-2025-h2.rtf");
    Table table = plan.tables().getFirst();
    assertTrue(plan.headingHints().stream().noneMatch(h -> h.start() >= table.start() && h.start() < table.end()),
        plan.headingHints().toString());
  }

  @Test
  void thuongXuanHeadingsMatchTheWordRendering() throws Exception {
    PlanDocument rtf = ingest("thuong-xuan-2025.rtf");
    PlanDocument docx = ingest("thuong-xuan-2025.docx");
    assertTrue(rtf.originalText().startsWith("Số: /KH-UBND\nThường Xuân, ngày tháng 9 năm 2025\n"),
        "the two-column header is unpacked, number first");
    assertEquals(hints(docx), hints(rtf));
    assertTrue(hints(rtf).contains("2 style KẾ HOẠCH"), hints(rtf).toString());
  }

  private static List<String> hints(PlanDocument plan) {
    return plan.headingHints().stream().map(h -> h.level() + " " + h.source() + " "
        + plan.originalText().substring(h.start(), h.end())).toList();
  }
}
