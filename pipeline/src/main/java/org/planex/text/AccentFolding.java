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
}
