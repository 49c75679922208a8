package org.planex.extract;

import java.util.List;
import org.planex.model.Citation;

/**
 * Citation extraction on its own, for callers without a plan around the text: benchmarks, coverage checks over
 * legal corpora, other tools. The stage uses the same finder and collector.
 */
public final class CitationExtractor {

  private CitationExtractor() {}

  /** The documents {@code text} cites, one citation per document with its mention count. */
  public static List<Citation> citations(String text) {
    return CitationCollector.collect(text, new CitationFinder(text).find(), null, new SectionIndex(List.of()));
  }

  /** Every mention of a cited document in {@code text}, in order, each as a citation of one mention. */
  public static List<Citation> mentions(String text) {
    return new CitationFinder(text).find().stream()
        .map(m -> new Citation(m.type().label(), m.number(), m.date(), m.issuer(), m.title(),
            CitationCollector.id(m.number(), m.date(), m.issuer(), m.title()), text.substring(m.start(), m.end()),
            m.start(), m.end(), 1, null))
        .toList();
  }
}
