package org.planex.eval.synth;

import java.util.Locale;
import org.planex.text.AccentFolding;

/**
 * What happens to a plan's text before it is written, the gold staying the truth: nothing, diacritics stripped
 * ({@code đ} → {@code d} too), OCR noise learned from a real OCR'd plan, or hard wraps. Stripping and OCR change
 * characters within lines, so the damaged text stays line-aligned with the true text.
 */
public enum Damage {
  NONE, STRIP, OCR, WRAP;

  public static Damage named(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }

  public SynthDocument apply(SynthDocument document, Vocabulary vocabulary, PlanRandom random) {
    return switch (this) {
      case NONE -> document;
      case STRIP -> document.mapText(AccentFolding::fold);
      case OCR -> document.mapText(line -> vocabulary.ocr().damage(line, random));
      case WRAP -> HardWrap.apply(document, random);
    };
  }
}
