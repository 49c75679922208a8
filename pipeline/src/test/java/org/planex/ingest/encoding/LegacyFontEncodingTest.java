package org.planex.ingest.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;

class LegacyFontEncodingTest {

  private static final String ALL_LOWER =
      "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ e è ẻ ẽ é ẹ ê ề ể ễ ế ệ i ì ỉ ĩ í ị o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ "
          + "ơ ờ ở ỡ ớ ợ u ù ủ ũ ú ụ ư ừ ử ữ ứ ự y ỳ ỷ ỹ ý ỵ đ";

  @Test
  void decodesTheIssuesExamples() {
    assertEquals("Ủy ban nhân dân", LegacyFontEncoding.TCVN3.decode("Uû ban nh©n d©n"));
    assertEquals("Ủy ban nhân dân", LegacyFontEncoding.VNI.decode("UÛy ban nhaân daân"));
    assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam",
        LegacyFontEncoding.TCVN3.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
  }

  @Test
  void wordsFromTheCapitalsFontComeBackInCapitals() {
    assertEquals("IV. KINH PHÍ", LegacyFontEncoding.TCVN3.decode("IV. KINH PHÝ"));
    assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", LegacyFontEncoding.TCVN3.decode("CéNG HOµ X· HéI CHñ NGHÜA"));
  }

  @Test
  void roundTripsEveryLowerCaseLetter() {
    for (LegacyFontEncoding encoding : LegacyFontEncoding.values()) {
      String encoded = encoding.encode(ALL_LOWER);
      assertEquals(ALL_LOWER, encoding.decode(encoded), encoding.name());
    }
  }

  @Test
  void roundTripsUpperCaseInVni() {
    String upper = "ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA; ỞỢƯỨ";
    assertEquals(Normalizer.normalize(upper, Normalizer.Form.NFC),
        LegacyFontEncoding.VNI.decode(LegacyFontEncoding.VNI.encode(upper)));
  }

  @Test
  void detectorConvertsFontTextAndKeepsUnicodeLines() {
    String plan = Corpus.read("viet-khe-2025-h2.txt");
    List<String> lines = plan.lines().limit(60).toList();
    List<String> mixed = new java.util.ArrayList<>();
    // TCVN3 has no codes for most accented capitals (real files set them in an uppercase font): lower case here.
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).toLowerCase(java.util.Locale.ROOT);
      mixed.add(i % 2 == 0 ? LegacyFontEncoding.TCVN3.encode(line) : lines.get(i));
    }
    LegacyEncodingDetector.Result result = new LegacyEncodingDetector().repair(mixed);
    assertEquals(LegacyFontEncoding.TCVN3, result.encoding());
    for (int i = 0; i < lines.size(); i++) {
      String want = i % 2 == 0 ? lines.get(i).toLowerCase(java.util.Locale.ROOT) : lines.get(i);
      assertEquals(want, result.lines().get(i), "line " + i);
    }
  }

  @Test
  void detectorLeavesOcrTextWithoutDiacriticsAlone() {
    // The Tiên Lãng OCR is full of é and ó that TCVN3 would turn into other letters.
    List<String> ocr = Corpus.read("tien-lang-19-KH-UBND.txt").lines().toList();
    LegacyEncodingDetector.Result result = new LegacyEncodingDetector().repair(ocr);
    assertNull(result.encoding());
    assertEquals(ocr, result.lines());
  }

  @Test
  void detectorLeavesUnicodeVietnameseAlone() {
    for (String seed : List.of("viet-khe-2025-h2.txt", "phu-van-2025-h2.txt", "thuong-xuan-2025.txt",
        "mo-lao-2025.txt")) {
      List<String> lines = Corpus.read(seed).lines().toList();
      assertNull(new LegacyEncodingDetector().repair(lines).encoding(), seed);
    }
  }

  @Test
  void decodesTextFilesByVietnameseEvidence() {
    String text = Corpus.read("phu-van-2025-h2.txt");
    assertDecoded(text, text.getBytes(StandardCharsets.UTF_8), "UTF-8");
    assertDecoded(text, text.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE");
    assertDecoded(text, text.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE");
    byte[] cp1258 = Windows1258.encode(text);
    TextDecoding.Decoded decoded = TextDecoding.decode(cp1258);
    assertEquals("windows-1258", decoded.charset());
    assertTrue(decoded.text().contains("Thông tin, tuyên truyền cải cách hành chính"));
    byte[] tcvn3 = LegacyFontEncoding.TCVN3.encode(text).getBytes(Charset.forName("windows-1252"));
    assertEquals("windows-1252", TextDecoding.decode(tcvn3).charset(), "TCVN3 bytes are read as cp1252, "
        + "then converted by the legacy filter");
  }

  private static void assertDecoded(String expected, byte[] bytes, String charset) {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    assertEquals(charset, decoded.charset());
    assertEquals(expected, decoded.text());
  }
}
