package org.planex.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.RawDocument.TableBlock;
import org.planex.model.PlanDocument;

/** Page-level repairs: furniture at page edges, and tables cut by a page break. */
class PagedTextFiltersTest {

  @TempDir
  Path dir;

  @Test
  void pageNumbersAndRunningHeadersGoButTheFirstPagesHeaderStays() throws Exception {
    List<String> bodies = List.of("Tăng cường công tác tuyên truyền về cải cách hành chính.",
        "Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa.", "Tổ chức hội nghị đối thoại với người dân.",
        "Báo cáo kết quả thực hiện trước ngày 10 của tháng cuối quý.");
    StringBuilder text = new StringBuilder();
    for (int p = 1; p <= 4; p++) {
      text.append("UBND XÃ TIÊN LÃNG\n").append(bodies.get(p - 1)).append("\n1\n- ").append(p).append(" -\n")
          .append(p < 4 ? "\f" : "");
    }
    Path file = Files.writeString(dir.resolve("paged.txt"), text, StandardCharsets.UTF_8);
    PlanDocument document = new LocalIngester(IngestLimits.DEFAULT).ingest(file);
    List<String> lines = document.originalText().lines().toList();
    assertEquals("UBND XÃ TIÊN LÃNG", lines.getFirst(), "the first page's header is content");
    assertEquals(1, lines.stream().filter(l -> l.equals("UBND XÃ TIÊN LÃNG")).count());
    assertFalse(lines.stream().anyMatch(l -> l.matches("[-\\s\\d]+")), "page numbers left: " + lines);
    assertEquals(4, document.pages().size());
    assertEquals(List.of("UBND XÃ TIÊN LÃNG"), lines.subList(0, 1));
    assertEquals(bodies, lines.subList(1, lines.size()));
  }

  @Test
  void aTableCutByAPageBreakIsOneTableWithoutItsRepeatedHeader() {
    List<String> header = List.of("TT", "Nhiệm vụ", "Thời gian");
    RawDocument document = new RawDocument("application/pdf", 2, null, List.of(
        new RawPage(1, List.of(paragraph("PHỤ LỤC"), new TableBlock(List.of(header, List.of("1", "Ban hành", "Tháng 8/2025"))))),
        new RawPage(2, List.of(new TableBlock(List.of(header, List.of("2", "Tuyên truyền", "Năm 2025"))),
            paragraph("Hết.")))), List.of());
    RawDocument joined = new TableContinuationFilter().apply(document);
    TableBlock table = (TableBlock) joined.pages().get(0).blocks().get(1);
    assertEquals(List.of(header, List.of("1", "Ban hành", "Tháng 8/2025"), List.of("2", "Tuyên truyền", "Năm 2025")),
        table.rows());
    assertEquals(1, joined.pages().get(1).blocks().size(), "only the paragraph stays on page 2");
  }

  @Test
  void tablesOfDifferentWidthStaySeparate() {
    RawDocument document = new RawDocument("application/pdf", 2, null, List.of(
        new RawPage(1, List.of(new TableBlock(List.of(List.of("a", "b"))))),
        new RawPage(2, List.of(new TableBlock(List.of(List.of("a", "b", "c")))))), List.of());
    RawDocument result = new TableContinuationFilter().apply(document);
    assertEquals(1, result.pages().get(1).blocks().size());
  }

  private static Paragraph paragraph(String text) {
    return new Paragraph(List.of(Line.plain(text)));
  }
}
