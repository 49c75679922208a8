package org.planex.eval.render;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planex.ingest.encoding.Windows1258;

/**
 * Writes a seed's text in the encodings old government text files come in: TCVN3 font text in
 * windows-1252 bytes, windows-1258 with tone marks as combining characters, and UTF-16LE with a BOM. A
 * character the target cannot hold fails the write with the list of such characters: nothing is replaced.
 */
public final class LegacyTextWriter {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** TCVN3 font text (capitals without a code as the .VnTimeH font types them), stored as windows-1252 bytes. */
  public byte[] tcvn3(String unicode) {
    String typed = FontTyping.tcvn3().text(Normalizer.normalize(unicode, Normalizer.Form.NFC));
    return encodeStrictly(typed, WINDOWS_1252, "TCVN3 in windows-1252");
  }

  /**
   * Windows-1258: Vietnamese letters decomposed so that the tone is a combining mark after a base letter the
   * code page has (ấ becomes â + U+0301), the form this code page was designed for.
   */
  public byte[] windows1258(String unicode) {
    return Windows1258.encode(unicode);
  }

  /** UTF-16 little-endian, opened by a byte-order mark as Windows Notepad writes it. */
  public byte[] utf16le(String unicode) {
    return ("\uFEFF" + unicode).getBytes(StandardCharsets.UTF_16LE);
  }

  static byte[] encodeStrictly(String text, Charset charset, String what) {
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("cannot encode in " + what + ": " + unencodable(text, charset));
    }
  }

  private static String unencodable(String text, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    Set<String> found = new LinkedHashSet<>();
    List<String> where = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (!encoder.canEncode(c) && found.add(String.valueOf(c))) {
        where.add(String.format("'%c' U+%04X (line %d)", c, (int) c, line));
      }
    }
    return String.join(", ", where);
  }
}
