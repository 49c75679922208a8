package org.planex.eval.synth;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a generation run is asked for. With several formats and damages, plan i gets format
 * {@code formats[i mod F]} and damage {@code damages[(i / F) mod D]}, so every pairing occurs and the choice does
 * not depend on threads.
 */
public record SynthOptions(long seed, List<PlanFormat> formats, List<Damage> damages) {

  public SynthOptions {
    formats = List.copyOf(formats);
    damages = List.copyOf(damages);
    if (formats.isEmpty() || damages.isEmpty()) {
      throw new IllegalArgumentException("at least one format and one damage");
    }
  }

  public PlanFormat formatOf(int index) {
    return formats.get(index % formats.size());
  }

  public Damage damageOf(int index) {
    return damages.get((index / formats.size()) % damages.size());
  }

  /** "formats=txt,docx damage=none,ocr", for notes and reports. */
  public String describe() {
    return "formats=" + formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","))
        + " damage=" + damages.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
  }
}
