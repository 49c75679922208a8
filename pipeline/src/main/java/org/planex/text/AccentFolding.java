package org.planex.text;

import java.text.Normalizer;

/** Strips Vietnamese diacritics: {@code Đảng ủy} → {@code Dang uy}. Case is kept. */
public final class AccentFolding {

  private AccentFolding() {}

  public static String fold(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (TonePlacement.isMark(c)) {
        continue;
      }
      out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return out.toString();
  }

  /**
   * Folds each character on its own, so the result has exactly the length of {@code text} and an offset in one
   * is the same offset in the other; a pattern can then be matched on the folded copy and cut from the original.
   */
  public static String foldAligned(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(text.charAt(i));
    }
    return new String(out);
  }

  /** One character without its diacritics; a lone combining mark folds to a space. */
  public static char foldChar(char c) {
    return c < TABLE.length ? TABLE[c] : c;
  }

  // Vietnamese letters all lie below U+2000 (Latin Extended Additional ends at U+1EFF): fold them once.
  private static final char[] TABLE = new char[0x2000];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      TABLE[c] = computeFold(c);
    }
  }

  private static char computeFold(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
      // Ð (U+00D0, the Icelandic eth) stands in for Đ in some legacy-converted text.
      return c == 'đ' || c == 'ð' ? 'd' : 'D';
    }
    if (TonePlacement.isMark(c)) {
      return ' ';
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return nfd.isEmpty() ? c : nfd.charAt(0);
  }
}
