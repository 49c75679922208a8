package org.planex.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a plain-text file into characters, choosing the charset the way Vietnamese files need:
 * a byte-order mark, else strict UTF-8, else UTF-16 by its zero bytes, else the 8-bit code page that reads
 * as the most Vietnamese syllables (windows-1258, which carries tones as combining marks, or windows-1252,
 * the carrier of TCVN3/VNI font text that the ingest chain converts afterwards).
 */
public final class TextDecoding {

  /** The decoded characters and the charset they were read with. */
  public record Decoded(String text, String charset) {}

  private static final int SAMPLE_BYTES = 64 * 1024;
  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    Charset utf16 = utf16ByZeroBytes(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16.name());
    }
    // The choice is made on a sample: a few pages show the code page as well as the whole file.
    byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SAMPLE_BYTES);
    String cp1258 = Normalizer.normalize(new String(sample, WINDOWS_1258), Normalizer.Form.NFC);
    String cp1252 = new String(sample, WINDOWS_1252);
    int score1258 = VietnameseScore.validSyllables(cp1258);
    int score1252 = VietnameseScore.validSyllables(cp1252);
    for (LegacyFontEncoding legacy : LegacyFontEncoding.values()) {
      score1252 = Math.max(score1252, VietnameseScore.validSyllables(legacy.decode(cp1252)));
    }
    return score1258 > score1252
        ? new Decoded(Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC), "windows-1258")
        : new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** UTF-16 text without a BOM still shows itself: most high bytes of Latin and Vietnamese text are 0x00 or 0x1E. */
  private static Charset utf16ByZeroBytes(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZero++;
      }
      if (bytes[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
