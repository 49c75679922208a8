package org.planex.extract;

import java.util.List;
import java.util.Set;
import org.planex.model.Citation;
import org.planex.model.PlanDocument;
import org.planex.pipeline.Stage;

/**
 * Extraction: the documents a plan cites, the bodies it makes responsible and their tasks, its quotas and its
 * deadlines. Like segmentation it reads {@code text} when the diacritics stage has filled it and
 * {@code originalText} otherwise, so its offsets and the section offsets index into the same text.
 */
public final class ExtractStage implements Stage {

  public static final String NAME = "extract";

  @Override
  public String name() {
    return NAME;
  }

  /** The section tree tells legal basis from content and finds the organisation section. */
  @Override
  public Set<String> requires() {
    return Set.of("segment");
  }

  @Override
  public PlanDocument apply(PlanDocument document) {
    String text = document.text() != null ? document.text() : document.originalText();
    if (text == null) {
      text = "";
    }
    SectionIndex sections = new SectionIndex(document.sections());
    List<Citation> citations = citations(text, document.metadata().number(), sections);
    return document.withExtraction(citations, document.bodies(), document.quotas(), document.deadlines());
  }

  /** The citations of {@code text} alone, without a section tree: for benchmarks and tests. */
  public static List<Citation> citations(String text) {
    return citations(text, null, new SectionIndex(List.of()));
  }

  static List<Citation> citations(String text, String ownNumber, SectionIndex sections) {
    return CitationCollector.collect(text, new CitationFinder(text).find(), ownNumber, sections);
  }
}
