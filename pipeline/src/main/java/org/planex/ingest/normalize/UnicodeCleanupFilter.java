package org.planex.ingest.normalize;

import java.text.Normalizer;
import org.planex.ingest.RawDocument;

/**
 * NFC; invisible and control characters removed; every kind of space made a plain space, and runs of spaces
 * inside a line collapsed (leading spaces are kept: they are indentation, which the line joiner reads).
 */
public final class UnicodeCleanupFilter implements RawFilter {

  @Override
  public RawDocument apply(RawDocument document) {
    return LineMapper.map(document, UnicodeCleanupFilter::clean);
  }

  static String clean(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean leading = true;
    boolean lastSpace = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\n') {
        out.append(c); // paragraph separator inside table cells
        leading = true;
        lastSpace = false;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        if (leading || !lastSpace) {
          out.append(' ');
        }
        lastSpace = true;
        continue;
      }
      if (Character.isISOControl(c)) {
        continue;
      }
      out.append(c);
      leading = false;
      lastSpace = false;
    }
    return out.toString();
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || c == '\u200E' || c == '\u200F';
  }
}
