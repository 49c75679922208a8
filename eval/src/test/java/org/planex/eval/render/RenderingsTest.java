package org.planex.eval.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;

/**
 * Ingests every committed rendering of the seeds in corpus/plans and checks that it reads like its seed: the
 * same words in the same order, the Việt Khê appendix as a real table with its merged cells, and the legacy
 * encodings decoded to Unicode.
 */
class RenderingsTest {

  private static final List<String> SUB_ROW_PRODUCTS = List.of(
      "20 tin, bài/năm trên Cổng thông tin điện tử xã",
      "Tối thiểu 06 tin, bài/năm về công tác CCHC của xã để Thành phố đăng tải trên Trang thông tin CCHC của Thành phố",
      "Tối thiểu 25 tin, bài/năm về công tác CCHC trên Trang thông tin điện tử xã");

  private static LocalIngester ingester;
  private static Path plans;

  @BeforeAll
  static void setUp() {
    ingester = new LocalIngester(IngestLimits.DEFAULT);
    plans = corpusRoot().resolve("corpus/plans");
  }

  @TestFactory
  Stream<DynamicTest> everyRenderingHasTheWordsOfItsSeed() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Seed seed : Seed.values()) {
      List<Path> renderings = renderingsOf(seed);
      assertTrue(renderings.size() >= 6, "renderings of " + seed.base() + " missing: run ./planex fixtures");
      for (Path file : renderings) {
        String name = file.getFileName().toString();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          WordSequence expected = WordSequence.of(ingest(plans.resolve(seed.textFile())).originalText());
          WordSequence actual = WordSequence.of(ingest(file).originalText());
          if (name.contains(".tcvn3.")) {
            // TCVN3 capitals without a code are typed in the capitals font, whose text reads back in lower case.
            expected = expected.lowerCase();
            actual = actual.lowerCase();
          }
          assertNull(actual.firstDifference(expected), name + " differs from " + seed.textFile());
        }));
      }
    }
    return tests.stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "odt", "html", "rtf", "doc", "pdf"})
  void vietKheAppendixIsATableWithMergedCells(String extension) throws Throwable {
    String name = Seed.VIET_KHE.base() + "." + extension;
    PlanDocument plan = ingest(plans.resolve(name));
    {
      // One table, even where it runs over a page break.
      assertEquals(1, plan.tables().size(), name + ": " + plan.tables());
      List<List<String>> rows = plan.tables().getFirst().rows();
      assertEquals(6, rows.getFirst().size());
      assertEquals(List.of("TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
          "Thời gian thực hiện"), rows.getFirst());
      assertEquals(9, rows.size(), "heading row, tasks 1–6 and two more sub-rows of task 2");
      int task2 = rowOf(rows, "2");
      for (int k = 0; k < 3; k++) {
        List<String> row = rows.get(task2 + k);
        assertEquals(k == 0 ? "2" : "", row.get(0), "TT of sub-row " + (k + 1));
        assertEquals(k == 0 ? "Thực hiện tuyên truyền công tác CCHC trên Cổng/Trang thông tin điện tử" : "",
            row.get(1), "Nhiệm vụ of sub-row " + (k + 1));
        assertEquals(SUB_ROW_PRODUCTS.get(k), row.get(2), "Sản phẩm of sub-row " + (k + 1));
        assertEquals("Năm 2025", row.get(5));
      }
      assertEquals("3", rows.get(task2 + 3).get(0));
      List<String> task6 = rows.get(rowOf(rows, "6"));
      assertEquals("", task6.get(2), "task 6 has no Sản phẩm");
      assertEquals("Văn phòng HĐND-UBND xã", task6.get(3));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "odt", "html", "rtf", "doc", "pdf"})
  void thuongXuanHeadingsSurvive(String extension) throws Exception {
    PlanDocument plan = ingest(plans.resolve(Seed.THUONG_XUAN.base() + "." + extension));
    assertTrue(plan.originalText().startsWith("Số: /KH-UBND\nThường Xuân, ngày tháng 9 năm 2025\n"),
        "the two-column header reads number first, then place and date");
    if (!extension.equals("pdf")) { // PDF gives no heading hints
      assertTrue(plan.headingHints().stream().anyMatch(h -> h.level() != null && h.level() == 2
          && plan.originalText().substring(h.start(), h.end()).equals("KẾ HOẠCH")), "KẾ HOẠCH as a level-2 heading");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mo-lao-2025.tcvn3.txt", "viet-khe-2025-h2.tcvn3.docx", "phu-van-2025-h2.vni.docx"})
  void legacyFontTextComesOutAsUnicode(String name) throws Exception {
    PlanDocument plan = ingest(plans.resolve(name));
    String encoding = name.contains(".vni.") ? "VNI" : "TCVN3";
    assertNotNull(plan.source().encoding());
    assertTrue(plan.source().encoding().contains(encoding), plan.source().encoding());
    String text = plan.originalText().toLowerCase(Locale.ROOT);
    assertTrue(text.contains("cải cách hành chính"), "decoded text");
    if (name.startsWith("mo-lao")) {
      assertTrue(text.contains("phường mộ lao"));
    } else {
      assertTrue(text.contains("ủy ban nhân dân"));
    }
    if (encoding.equals("VNI")) {
      assertTrue(plan.originalText().contains("Ủy ban nhân dân"), "VNI keeps capitals");
    }
    assertFalse(plan.originalText().contains("nh©n d©n") || plan.originalText().contains("nhaân daân"),
        "font text left undecoded");
  }

  @ParameterizedTest
  @ValueSource(strings = {"thuong-xuan-2025.cp1258.txt:windows-1258", "phu-van-2025-h2.utf16.txt:UTF-16LE"})
  void textEncodingsAreDetected(String spec) throws Exception {
    String[] parts = spec.split(":");
    PlanDocument plan = ingest(plans.resolve(parts[0]));
    assertEquals(parts[1], plan.source().encoding());
  }

  @Test
  void appendixDataThatDoesNotMatchItsSeedIsRefused() throws Exception {
    AppendixTable table = AppendixTable.read(corpusRoot().resolve("corpus/render")
        .resolve(Seed.VIET_KHE.appendixFile()));
    String flattened = table.rowMajorText();
    table.verify(flattened, "itself");
    List<List<String>> changed = new ArrayList<>(table.rows());
    List<String> row = new ArrayList<>(changed.get(1));
    row.set(2, "Kế hoạch năm");
    changed.set(1, row);
    try {
      new AppendixTable(changed).verify(flattened, "the seed");
      fail("a word added to the table went unnoticed");
    } catch (IllegalStateException expected) {
      assertTrue(expected.getMessage().contains("«"), expected.getMessage());
    }
  }

  @Test
  void charactersACodePageCannotHoldAreReported() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LegacyTextWriter().windows1258("Kế hoạch\nsố 5 → 6"));
    assertTrue(e.getMessage().contains("U+2192 (line 2)"), e.getMessage());
  }

  @Test
  void generatingTwiceGivesTheSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
    assertTrue(Files.isDirectory(PdfWriter.FONT_DIR), "Liberation fonts missing: install fonts-liberation2 (./planex test does)");
    copySeeds(a);
    copySeeds(b);
    Path data = corpusRoot().resolve("corpus/render");
    List<Path> first = new FixtureGenerator(a, data, PdfWriter.FONT_DIR, Optional.empty(), s -> {})
        .generate();
    new FixtureGenerator(b, data, PdfWriter.FONT_DIR, Optional.empty(), s -> {}).generate();
    for (Path file : first) {
      assertTrue(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(file.getFileName()))),
          file.getFileName() + " differs between two runs");
    }
  }

  private static void copySeeds(Path dir) throws IOException {
    for (Seed seed : Seed.values()) {
      Files.copy(plans.resolve(seed.textFile()), dir.resolve(seed.textFile()));
    }
  }

  private static int rowOf(List<List<String>> rows, String tt) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).getFirst().equals(tt)) {
        return r;
      }
    }
    throw new AssertionFailedError("no row with TT " + tt + " in " + rows);
  }

  private static List<Path> renderingsOf(Seed seed) throws IOException {
    try (Stream<Path> files = Files.list(plans)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(seed.base() + ".") && !name.equals(seed.textFile());
      }).sorted().toList();
    }
  }

  private static PlanDocument ingest(Path file) throws IngestException {
    return ingester.ingest(file);
  }

  private static Path corpusRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("corpus/plans"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("corpus/plans not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
