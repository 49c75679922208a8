package org.planex.ingest.rtf;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an RTF byte stream into {@link RtfToken}s, one at a time, reading through a fixed buffer so that
 * memory does not grow with the file. {@code \binN} data is skipped here, since only the byte count tells
 * where it ends.
 */
final class RtfTokenizer {

  /** The spec caps control words at 32 letters; longer ones are garbage and are cut, not stored whole. */
  static final int MAX_WORD = 32;
  /** Text runs are cut into tokens of this size so that a run without markup cannot fill the heap at once. */
  private static final int MAX_TEXT = 8192;
  private static final int MAX_DIGITS = 10;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long consumed; // bytes dropped from the front of the buffer so far

  RtfTokenizer(InputStream in) {
    this.in = in;
  }

  /** The offset of the next unread byte in the stream, for error messages. */
  long position() {
    return consumed + pos;
  }

  /** The next token, or {@code null} at the end of the stream. */
  RtfToken next() throws IOException {
    while (true) {
      int b = peek(0);
      if (b < 0) {
        return null;
      }
      switch (b) {
        case '{' -> {
          pos++;
          return RtfToken.GROUP_START;
        }
        case '}' -> {
          pos++;
          return RtfToken.GROUP_END;
        }
        case '\\' -> {
          pos++;
          RtfToken token = control();
          if (token != null) {
            return token;
          }
        }
        default -> {
          if (b >= 0x80) {
            pos++;
            return new RtfToken.EncodedByte(b);
          }
          RtfToken.Text text = text();
          if (text != null) {
            return text;
          }
        }
      }
    }
  }

  /** A run of 7-bit text; {@code null} when the run held only line ends and control characters. */
  private RtfToken.Text text() throws IOException {
    StringBuilder run = new StringBuilder();
    int b;
    while (run.length() < MAX_TEXT && (b = peek(0)) >= 0 && b < 0x80 && b != '{' && b != '}' && b != '\\') {
      pos++;
      if (b >= 0x20 && b != 0x7F || b == '\t') {
        run.append((char) b);
      }
      // CR and LF are there for transport only; other control characters are not text either.
    }
    return run.isEmpty() ? null : new RtfToken.Text(run.toString());
  }

  /** What follows a backslash; {@code null} for an escape that stands for nothing. */
  private RtfToken control() throws IOException {
    int b = peek(0);
    if (b < 0) {
      return null;
    }
    if (isLetter(b)) {
      return word();
    }
    pos++;
    if (b == '\'') {
      int high = hexValue(peek(0));
      int low = high < 0 ? -1 : hexValue(peek(1));
      if (low < 0) {
        return null; // a broken escape: drop it rather than fail the document
      }
      pos += 2;
      return new RtfToken.EncodedByte(high << 4 | low);
    }
    if (b == '\r' || b == '\n') {
      return new RtfToken.ControlSymbol('\n');
    }
    return new RtfToken.ControlSymbol((char) b);
  }

  private RtfToken.ControlWord word() throws IOException {
    StringBuilder name = new StringBuilder();
    int b;
    while ((b = peek(0)) >= 0 && isLetter(b)) {
      pos++;
      if (name.length() < MAX_WORD) {
        name.append((char) b);
      }
    }
    boolean negative = b == '-' && isDigit(peek(1));
    if (negative) {
      pos++;
    }
    boolean hasParameter = false;
    long value = 0;
    int digits = 0;
    while ((b = peek(0)) >= 0 && isDigit(b)) {
      pos++;
      hasParameter = true;
      if (digits++ < MAX_DIGITS) {
        value = value * 10 + (b - '0');
      }
    }
    if (b == ' ') {
      pos++; // the delimiter belongs to the word
    }
    long signed = negative ? -value : value;
    int parameter = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
    String word = name.toString();
    if (word.equals("bin") && parameter > 0) {
      skip(parameter);
    }
    return new RtfToken.ControlWord(word, hasParameter, parameter);
  }

  private void skip(long count) throws IOException {
    long left = count;
    while (left > 0 && peek(0) >= 0) {
      int step = (int) Math.min(left, limit - pos);
      pos += step;
      left -= step;
    }
  }

  /** The byte {@code ahead} positions on without consuming it, or -1 past the end. */
  private int peek(int ahead) throws IOException {
    while (pos + ahead >= limit) {
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        consumed += pos;
        limit -= pos;
        pos = 0;
      }
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        return -1;
      }
      limit += read;
    }
    return buffer[pos + ahead] & 0xFF;
  }

  private static boolean isLetter(int b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  private static boolean isDigit(int b) {
    return b >= '0' && b <= '9';
  }

  private static int hexValue(int b) {
    return Character.digit(b, 16);
  }
}
