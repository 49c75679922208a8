package org.planex.ingest.rtf;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Collects consecutive code-page bytes ({@code \'hh} escapes and raw 8-bit bytes) and decodes them together,
 * so that the two bytes of a double-byte character are never decoded apart.
 */
final class RtfByteDecoder {

  /** Long runs are decoded in pieces of about this size; an incomplete character is kept for the next piece. */
  private static final int CHUNK = 8192;

  private byte[] pending = new byte[256];
  private int length;
  private Charset charset;
  private CharsetDecoder decoder;

  boolean isEmpty() {
    return length == 0;
  }

  /** The charset the pending bytes are in; {@code null} when none are pending. */
  Charset charset() {
    return length == 0 ? null : charset;
  }

  /**
   * Adds a byte in {@code in}; the caller flushes first when the charset changes. Returns text to emit when the
   * run grew long enough to be decoded in part, else {@code null}.
   */
  String add(int value, Charset in) {
    if (length == 0 && in != charset) {
      charset = in;
      decoder = in.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
    if (length == pending.length) {
      pending = Arrays.copyOf(pending, length * 2);
    }
    pending[length++] = (byte) value;
    return length >= CHUNK ? decode(false) : null;
  }

  /** Decodes and clears everything pending; "" when nothing is. */
  String flush() {
    return length == 0 ? "" : decode(true);
  }

  private String decode(boolean endOfInput) {
    ByteBuffer bytes = ByteBuffer.wrap(pending, 0, length);
    CharBuffer chars = CharBuffer.allocate(length * 2 + 2);
    decoder.decode(bytes, chars, endOfInput);
    if (endOfInput) {
      decoder.flush(chars);
      decoder.reset();
    }
    int left = bytes.remaining();
    System.arraycopy(pending, bytes.position(), pending, 0, left);
    length = left;
    return chars.flip().toString();
  }
}
