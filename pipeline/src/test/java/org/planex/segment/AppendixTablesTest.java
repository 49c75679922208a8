package org.planex.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.Corpus;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.AppendixRow;
import org.planex.model.AppendixTable;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.model.Source;
import org.planex.model.Table;

/** The Việt Khê PHỤ LỤC: the same rows from the flattened .txt seed and from the table of every rendering. */
class AppendixTablesTest {

  private static final LocalIngester INGESTER = new LocalIngester(IngestLimits.DEFAULT);
  private static final SegmentStage STAGE = new SegmentStage();

  static AppendixTable appendix(String file) throws Exception {
    PlanDocument document = STAGE.apply(INGESTER.ingest(Corpus.plan(file)));
    assertEquals(1, document.appendices().size(), file);
    return document.appendices().getFirst();
  }

  static List<Map<String, String>> cells(AppendixTable table) {
    return table.rows().stream().map(AppendixRow::cells).toList();
  }

  @Test
  void flattenedTextGivesTheRowsWithNamedColumns() throws Exception {
    AppendixTable table = appendix("viet-khe-2025-h2.txt");
    assertEquals("NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025", table.title());
    assertEquals(List.of("number", "task", "product", "lead", "support", "time"), table.headers());
    List<Map<String, String>> rows = cells(table);
    assertEquals(8, rows.size());
    assertEquals(List.of("1", "Ban hành Kế hoạch thông tin, tuyên truyền CCHC năm 2025 của đơn vị", "Kế hoạch",
        "Phòng Văn hóa - Xã Hội", "Các phòng, ban đơn vị liên quan", "Trước ngày 10/8/2025"),
        List.copyOf(rows.get(0).values()));
    // rows 2–4 share number 2 and its task (merged cells): the two rows under it have them empty
    assertEquals(List.of("", "", "Tối thiểu 06 tin, bài/năm về công tác CCHC của xã để Thành phố đăng tải trên "
        + "Trang thông tin CCHC của Thành phố", "Phòng Văn hóa - Xã Hội", "Các phòng, ban đơn vị liên quan",
        "Năm 2025"), List.copyOf(rows.get(2).values()));
    assertEquals("Định kỳ hằng tháng", rows.get(4).get("time"));
    assertEquals("Hội nghị", rows.get(5).get("product"));
    Map<String, String> last = rows.get(7);
    assertEquals("6", last.get("number"));
    assertEquals("", last.get("product"));
    assertEquals("Văn phòng HĐND-UBND xã", last.get("lead"));
    assertEquals("Thường xuyên", last.get("time"));
  }

  @Test
  void tablesOfEveryRenderingGiveTheSameRowsAsTheFlattenedText() throws Exception {
    List<Map<String, String>> flattened = cells(appendix("viet-khe-2025-h2.txt"));
    for (String file : List.of("viet-khe-2025-h2.docx", "viet-khe-2025-h2.odt", "viet-khe-2025-h2.html",
        "viet-khe-2025-h2.pdf")) {
      assertEquals(flattened, cells(appendix(file)), file);
    }
  }

  @Test
  void appendicesSurviveTheJsonRoundTripInTheirOrder() throws Exception {
    PlanDocument document = STAGE.apply(INGESTER.ingest(Corpus.plan("viet-khe-2025-h2.txt")));
    String json = PlanJson.write(document);
    assertTrue(json.indexOf("\"appendices\"") > json.indexOf("\"sections\""));
    assertTrue(json.indexOf("\"appendices\"") < json.indexOf("\"citations\""));
    assertEquals(document.appendices(), PlanJson.read(json).appendices());
  }

  @Test
  void rowOffsetsCoverTheRowInTheSegmentedText() throws Exception {
    PlanDocument document = STAGE.apply(INGESTER.ingest(Corpus.plan("viet-khe-2025-h2.docx")));
    AppendixTable table = document.appendices().getFirst();
    String text = document.originalText();
    for (AppendixRow row : table.rows()) {
      String span = text.substring(row.start(), row.end());
      assertTrue(span.contains(row.cells().get("lead")), span);
    }
    assertTrue(text.substring(table.start(), table.end()).startsWith("TT\tNhiệm vụ"));
  }

  @ParameterizedTest
  @CsvSource({"STT, number", "Nội dung, task", "Đơn vị chủ trì, lead", "'Cơ quan\nphối hợp', support",
      "Thời gian hoàn thành, time", "Ghi chú, ghi chú"})
  void columnNamesAreNormalised(String header, String key) {
    assertEquals(key, AppendixColumn.key(header));
  }

  @Test
  void rowsOfDelimitedCellsInPlainTextAreRead() {
    String closing = "KẾ HOẠCH\nI. MỤC ĐÍCH\n- Một.\nTrên đây là Kế hoạch./.\nNơi nhận:\n- Lưu: VT.\nPHỤ LỤC\n";
    String pipes = closing + "| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        + "| 1 | Tuyên truyền trên Trang thông tin điện tử | Văn phòng HĐND và UBND | Quý IV/2025 |\n";
    AppendixTable table = STAGE.apply(SegmentStageTest.document(pipes)).appendices().getFirst();
    assertEquals(List.of("number", "task", "lead", "time"), table.headers());
    assertEquals(List.of("1", "Tuyên truyền trên Trang thông tin điện tử", "Văn phòng HĐND và UBND", "Quý IV/2025"),
        List.copyOf(table.rows().getFirst().cells().values()));
    // a tab-separated row whose first cells are merged with the row above keeps them as empty cells
    String tabs = closing + "TT\tNhiệm vụ\tSản phẩm\tCơ quan chủ trì\n1\tĐăng tin\t20 tin\tPhòng VHXH\n"
        + "\t\t10 bài\tPhòng VHXH\n";
    List<Map<String, String>> rows = cells(STAGE.apply(SegmentStageTest.document(tabs)).appendices().getFirst());
    assertEquals(Map.of("number", "", "task", "", "product", "10 bài", "lead", "Phòng VHXH"), rows.get(1));
  }

  @Test
  void oddTablesAndAppendicesNeverThrow() {
    String text = "KẾ HOẠCH\nI. MỤC ĐÍCH\nTrên đây là Kế hoạch./.\nNơi nhận:\n- Lưu: VT.\nPHỤ LỤC\n"
        + "TT\tNhiệm vụ\tThời gian\n1\tĐăng tin\n| TT | Nhiệm vụ | Thời gian |\n|---|\nTT Nhiệm vụ Thời gian\n1\n";
    Source source = new Source("plan.docx", "0", "application/x", null, null, text.length(), null);
    List<Table> odd = List.of(new Table(null, -5, 3, List.of()),
        new Table(null, text.length() + 10, text.length() + 20, List.of(List.of("TT", "Nhiệm vụ", "Thời gian"))),
        new Table(null, text.indexOf("TT"), text.length(), List.of(List.of("TT", "Nhiệm vụ", "Thời gian"),
            List.of("1", "Đăng tin"), List.of(), List.of("2", "x", "y", "z"))));
    for (String variant : List.of(text, text.replace("\n", "\n\n"), text.substring(0, text.length() / 2), "PHỤ LỤC")) {
      PlanDocument document = PlanDocument.ingested(source, variant, List.of(), odd, List.of(), List.of());
      assertTrue(STAGE.apply(document).appendices().size() <= 2, variant);
    }
  }

  @Test
  void anAppendixWithoutATableGivesNoRows() {
    String text = "KẾ HOẠCH\nI. MỤC ĐÍCH\n- Một.\nTrên đây là Kế hoạch./.\nNơi nhận:\n- Lưu: VT.\n"
        + "PHỤ LỤC\nDANH SÁCH\nTT Họ tên\n1\n";
    assertEquals(List.of(), STAGE.apply(SegmentStageTest.document(text)).appendices());
  }
}
