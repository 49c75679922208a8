package org.planex.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/**
 * Writes text in windows-1258, the Vietnamese Windows code page, the way it was designed to be used: base
 * letters it has (â, ê, ô, ơ, ư, ă, đ) stay whole and tones follow as combining marks ("ấ" = "â" + U+0301).
 * The inverse of what {@link TextDecoding} reads; used to make fixtures of old files.
 */
public final class Windows1258 {

  private static final Charset CHARSET = Charset.forName("windows-1258");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private Windows1258() {}

  /**
   * The bytes of {@code unicode}.
   *
   * @throws IllegalArgumentException naming the first character the code page cannot hold
   */
  public static byte[] encode(String unicode) {
    String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + 64);
    for (int i = 0; i < nfc.length(); i++) {
      String nfd = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (int k = 0; k < nfd.length(); k++) {
        char c = nfd.charAt(k);
        (TONES.indexOf(c) >= 0 ? tones : base).append(c);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    try {
      ByteBuffer bytes = CHARSET.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(out));
      byte[] array = new byte[bytes.remaining()];
      bytes.get(array);
      return array;
    } catch (CharacterCodingException e) {
      for (int i = 0; i < out.length(); i++) {
        if (!CHARSET.newEncoder().canEncode(out.charAt(i))) {
          long line = out.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
          throw new IllegalArgumentException(String.format("windows-1258 cannot hold U+%04X (line %d)",
              (int) out.charAt(i), line), e);
        }
      }
      throw new IllegalArgumentException("windows-1258 cannot hold this text", e);
    }
  }
}
