package org.planex.eval.synth;

import org.planex.text.TonePlacement;

/**
 * Source strings brought to the project's conventions before they become vocabulary: NFC, classic tone
 * placement ({@code Thanh Hoá} → {@code Thanh Hóa}), the look-alike {@code Ð} (U+00D0) some sources type for
 * {@code Đ}, and single plain spaces (no-break spaces included, which the pipeline reads as spaces).
 */
public final class SourceText {

  private SourceText() {}

  public static String clean(String text) {
    return TonePlacement.toClassic(text.replace('\u00D0', 'Đ').replace('\u00F0', 'đ'))
        .replaceAll("(?U)\\s+", " ").strip();
  }
}
