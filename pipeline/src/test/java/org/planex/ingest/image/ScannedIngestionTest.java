package org.planex.ingest.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.Corpus;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.ingest.ocr.TesseractLibrary;
import org.planex.model.PlanDocument;

/**
 * OCR of the committed scanned fixtures (corpus/scanned) and of bad image inputs: what a scan yields, and that a
 * broken, empty, huge or endless input costs one clear error and never the worker's heap.
 */
class ScannedIngestionTest {

  private static LocalIngester ingester;
  private static Path scanned;

  @BeforeAll
  static void setUp() {
    ingester = new LocalIngester(IngestLimits.DEFAULT);
    scanned = Corpus.root().resolve("corpus/scanned");
  }

  @Test
  void aCleanPageScanReadsAsItsTextWithConfidences() throws Exception {
    PlanDocument document = ingester.ingest(scanned.resolve("images/viet-khe-2025-h2.p1.clean.png"));
    String truth = Files.readString(scanned.resolve("truth/viet-khe-2025-h2.p1.clean.txt"), StandardCharsets.UTF_8);
    assertEquals("image/png", document.source().mediaType());
    assertNotNull(document.source().ocr(), "source.ocr records the OCR");
    assertTrue(TesseractLibrary.PREFERRED_LANGUAGES.contains(document.source().ocr().language()));
    assertTrue(document.source().ocr().engine().startsWith("tesseract 5"), document.source().ocr().engine());
    assertEquals(1, document.source().ocr().pages().size());
    assertTrue(document.source().ocr().pages().getFirst().confidence() > 85, document.source().ocr().toString());
    String text = document.originalText();
    assertTrue(text.contains("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021"), text);
    List<String> truthWords = List.of(truth.split("\\s+"));
    List<String> readWords = List.of(document.originalText().split("\\s+"));
    long found = truthWords.stream().filter(readWords::contains).count();
    assertTrue(found >= 0.98 * truthWords.size(), found + " of " + truthWords.size() + " words read");
  }

  @Test
  void theHeaderColumnsOfAScanAreReadOneAfterTheOther() throws Exception {
    String text = ingester.ingest(scanned.resolve("images/tien-lang-19-KH-UBND.p1.header.png")).originalText();
    List<String> lines = text.lines().limit(7).toList();
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ TIÊN LÃNG", "Số: 19/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tiên Lãng, ngày 11 tháng 8 năm 2025",
        "KẾ HOẠCH"), lines);
  }

  @Test
  void aPageScannedSidewaysIsTurnedUpright() throws Exception {
    String text = ingester.ingest(scanned.resolve("images/thuong-xuan-2025.p1.rotated.png")).originalText();
    assertTrue(text.contains("Tuyên truyền Cải cách hành chính trên địa bàn xã năm 2025"), text);
  }

  @Test
  void aMixedPdfKeepsItsTextLayerAndReadsItsScannedPage(@TempDir Path dir) throws Exception {
    Path mixed = dir.resolve("mixed.pdf");
    try (PDDocument digital = Loader.loadPDF(Corpus.plan("mo-lao-2025.pdf").toFile());
        PDDocument scan = Loader.loadPDF(scanned.resolve("images/mo-lao-2025.scan.pdf").toFile());
        PDDocument out = new PDDocument()) {
      out.importPage(digital.getPage(0));
      out.importPage(scan.getPage(1));
      out.save(mixed.toFile());
    }
    PlanDocument document = ingester.ingest(mixed);
    assertEquals(List.of(2), document.source().ocr().pages().stream().map(p -> p.page()).toList(),
        "only the page without a text layer is OCR'd");
    String page2 = Files.readString(scanned.resolve("truth/mo-lao-2025.scan.txt"), StandardCharsets.UTF_8);
    String text = document.originalText();
    assertTrue(text.contains("Thực hiện Quyết định số 6830/QĐ-UBND ngày 31/12/2024"), "page 1 from its text layer");
    String lastLineOfPage2 = document.originalText().lines().toList().getLast();
    String start = lastLineOfPage2.substring(0, Math.min(40, lastLineOfPage2.length()));
    assertTrue(page2.contains(start), "page 2 read by OCR: " + lastLineOfPage2);
  }

  @Test
  void aCorruptImageIsACorruptFile(@TempDir Path dir) throws Exception {
    byte[] png = Files.readAllBytes(scanned.resolve("images/viet-khe-2025-h2.p1.clean.png"));
    Path broken = dir.resolve("broken.png");
    Files.write(broken, java.util.Arrays.copyOf(png, 2000));
    IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(broken));
    assertEquals(IngestFailure.CORRUPT_FILE, e.failure());
    assertTrue(e.getMessage().startsWith("cannot decode image"), e.getMessage());
  }

  @Test
  void anEmptyImageIsRefused(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.png");
    Files.write(empty, png(0, 0, null));
    IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(empty));
    assertEquals(IngestFailure.CORRUPT_FILE, e.failure());
    assertTrue(e.getMessage().startsWith("cannot decode image"), e.getMessage());
  }

  @Test
  void aHugeImageIsReadSubsampledWithinAWorkersHeap(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.png");
    Files.write(huge, png(20_000, 20_000, (byte) 0xff)); // 400 megapixels of white paper, 400 MB decoded
    IngestLimits limits = new IngestLimits(256L << 20, 10_000_000, Duration.ofSeconds(90), 256);
    try (IsolatedIngester isolated = new IsolatedIngester(limits)) {
      IngestException e = assertThrows(IngestException.class, () -> isolated.ingest(huge));
      assertEquals(IngestFailure.EMPTY_FILE, e.failure(), "read to the end, blank: " + e.getMessage());
    }
  }

  @Test
  void aScannedPdfOfFiveHundredPagesIsRefusedBeforeAnyOcr(@TempDir Path dir) throws Exception {
    Path endless = dir.resolve("endless.pdf");
    try (PDDocument doc = new PDDocument()) {
      java.awt.image.BufferedImage speck = new java.awt.image.BufferedImage(8, 8,
          java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
      PDImageXObject image = LosslessFactory.createFromImage(doc, speck);
      for (int i = 0; i < 500; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.drawImage(image, 100, 100, 400, 600);
        }
      }
      doc.save(endless.toFile());
    }
    long started = System.nanoTime();
    IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(endless));
    assertEquals(IngestFailure.TOO_LARGE, e.failure());
    assertTrue(e.getMessage().contains("500 pages need OCR"), e.getMessage());
    assertTrue(System.nanoTime() - started < 30e9, "refused without reading the pages");
  }

  @Test
  void missingTrainedDataIsOneLineNamingThePackages() {
    Object loaded = TesseractLibrary.load("no-such-language");
    TesseractLibrary.Unavailable unavailable = (TesseractLibrary.Unavailable) loaded;
    assertTrue(unavailable.getMessage().contains("tesseract-ocr tesseract-ocr-vie"), unavailable.getMessage());
    assertTrue(unavailable.getMessage().lines().count() == 1, unavailable.getMessage());
  }

  /** A grey PNG of {@code width}×{@code height} filled with {@code tone}; no pixel data when {@code tone} is null. */
  private static byte[] png(int width, int height, Byte tone) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter, no interlace
    chunk(out, "IHDR", header.toByteArray());
    if (tone != null) {
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED))) {
        byte[] row = new byte[width + 1];
        java.util.Arrays.fill(row, 1, row.length, tone);
        for (int y = 0; y < height; y++) {
          z.write(row);
        }
      }
      chunk(out, "IDAT", data.toByteArray());
    }
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.write(name);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
