package org.planex.eval.gold;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A gold annotation with the plan files it describes.
 *
 * @param primary the plain-text file of the plan (the seed itself, or the hand-written synthetic plan); for
 *     a plan without one, its only file
 * @param renderings every other file of the same plan (DOCX, PDF, legacy encodings …)
 * @param restoredText the line-aligned true text of an OCR'd plan, when annotated
 */
public record AnnotatedPlan(GoldDocument gold, Path goldFile, Path primary, List<Path> renderings,
    Optional<Path> restoredText) {

  public AnnotatedPlan {
    renderings = List.copyOf(renderings);
  }

  public String name() {
    return gold.plan();
  }
}
