package org.planex.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.model.PlanDocument;
import org.planex.model.Source;

/**
 * Text with thousands of numbers, slashes and dates on one line: no exception, and time linear in its size — a
 * 5 MB line may take at most a bounded multiple of ten times a 0.5 MB one (a ratio, so the bound holds on any
 * machine).
 */
class HostileInputTest {

  private static final String UNIT = "Quyết định số %d/2020/QĐ-UBND ngày 15/7/2021 của UBND tỉnh 1/2/3//4 -5- 12-NQ/ "
      + "//KH UBND %d%% các cơ quan 02 tin, bài/năm trên Cổng thông tin điện tử trước ngày 10/8/2025 hằng quý, 06 "
      + "tháng, năm | 3 | Quý I/2026 | Luật Đất đai năm 2024, Nghị định 99/NĐ- ";

  private static String line(int chars) {
    StringBuilder out = new StringBuilder(chars + UNIT.length() + 20);
    for (int i = 0; out.length() < chars; i++) {
      out.append(String.format(UNIT, i, i % 100));
    }
    return out.toString();
  }

  private static long millis(String text) {
    Source source = new Source("hostile.txt", "0", "text/plain", null, null, text.length(), "UTF-8");
    PlanDocument document = PlanDocument.ingested(source, text, List.of(), List.of(), List.of(), List.of());
    long start = System.nanoTime();
    PlanDocument out = new ExtractStage().apply(document);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    assertFalse(out.citations().isEmpty());
    return elapsed;
  }

  @Test
  void aFiveMegabyteLineTakesTimeLinearInItsSize() {
    String small = line(500_000);
    String large = line(5_000_000);
    millis(small); // warm-up: JIT and class loading are not the input's fault
    long smallMillis = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      smallMillis = Math.min(smallMillis, millis(small));
    }
    long largeMillis = millis(large);
    // Linear is 10×; allow 25× for GC and cache effects, plus a little absolute slack for very fast runs.
    assertTrue(largeMillis <= 25 * smallMillis + 250,
        "0.5 MB took " + smallMillis + " ms, 5 MB took " + largeMillis + " ms");
  }

  @Test
  void noiseNeverThrows() {
    for (String noise : List.of("", "/", "//////", "1/", "số", "ngày 32/13/2025", "Luật", "Luật A",
        "12/" + "A-".repeat(10_000), "9".repeat(100_000), " | ".repeat(10_000), "của " + "Ủy ".repeat(5_000),
        "\n".repeat(1_000), "tối thiểu 02", "trước ngày 99/99/9999", "Quý V/2026")) {
      millis(noise + " Nghị quyết số 1/NQ-CP");
    }
  }
}
