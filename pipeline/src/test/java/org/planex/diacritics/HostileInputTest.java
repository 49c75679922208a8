package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.text.AccentFolding;

/** Bad input is restored or passed through, never an exception; the length and the line breaks never change. */
class HostileInputTest {

  private final DiacriticRestorer restorer = DiacriticRestorer.viterbi(TinyModel.without("mo-lao-2025.txt"));

  private String restoreKeepingShape(String input) {
    String out = restorer.restore(input).text();
    assertEquals(input.length(), out.length());
    for (int i = 0; i < input.length(); i++) {
      if (input.charAt(i) == '\n') {
        assertEquals('\n', out.charAt(i));
      }
    }
    return out;
  }

  @Test
  void emptyAndBlank() {
    assertEquals("", restoreKeepingShape(""));
    assertEquals(" \n\n\t\n", restoreKeepingShape(" \n\n\t\n"));
  }

  @Test
  void controlCharactersAndOddUnicode() {
    String out = restoreKeepingShape("Thong\u0000tin\u0007 cai\u001Bcach \uFFFD\uD83D\uDE00 hanh\r\nchinh \uD800 ve\u200B");
    assertTrue(out.startsWith("Thông\u0000tin\u0007 cải\u001Bcách"), out);
  }

  @Test
  void textWithoutVietnamese() {
    String text = "The quick brown fox jumps over the lazy dog. 1234 5678 !!! ??? --- https://example.com";
    assertEquals(text, restoreKeepingShape(text));
    String chinese = "中华人民共和国 Ελληνικά русский текст العربية";
    assertEquals(chinese, restoreKeepingShape(chinese));
  }

  @Test
  void mixedLanguage() {
    String out = restoreKeepingShape("Ung dung Zalo va Facebook: please like and share the Fanpage of UBND xa Tien Lang");
    assertTrue(out.startsWith("Ứng dụng Zalo và Facebook: please like and share the Fanpage"), out);
  }

  @Test
  void anExtremelyLongLine() {
    String sentence = AccentFolding.fold("Tăng cường công tác thông tin, tuyên truyền về cải cách hành chính ");
    String line = sentence.repeat(20_000);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> restoreKeepingShape(line));
    String noPunctuation = "a ".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> restoreKeepingShape(noPunctuation));
  }

  @Test
  void tenMegabytesOfPlans() {
    String plan = AccentFolding.fold(Corpus.read("thuong-xuan-2025.txt"));
    StringBuilder big = new StringBuilder();
    while (big.length() < 10_000_000) {
      big.append(plan);
    }
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> restoreKeepingShape(big.toString()));
  }

  @Test
  void randomGarbage() {
    Random random = new Random(11);
    for (int round = 0; round < 50; round++) {
      char[] chars = new char[random.nextInt(2000)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : "ahnguoc đ-/.,;:()\n 0123"
            .charAt(random.nextInt(23));
      }
      restoreKeepingShape(new String(chars));
    }
  }
}
