package org.planex.eval.synth;

import java.util.Arrays;
import java.util.Locale;
import org.planex.text.AccentFolding;

/**
 * What happens to a plan's text before it is written, the gold staying the truth: nothing, diacritics stripped
 * ({@code đ} → {@code d} too), OCR noise learned from a real OCR'd plan, or hard wraps. Stripping and OCR change
 * characters within lines, so the damaged text stays line-aligned with the true text.
 */
public enum Damage {
  NONE, STRIP, OCR, WRAP;

  /** The damage called {@code name} on the command line ({@code none}, {@code ocr} …). */
  public static Damage named(String name) {
    for (Damage damage : values()) {
      if (damage.name().equalsIgnoreCase(name.strip())) {
        return damage;
      }
    }
    throw new IllegalArgumentException("unknown damage '" + name + "': one of "
        + Arrays.stream(values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
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
