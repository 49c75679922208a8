package org.planex.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planex.model.AppendixTable;
import org.planex.model.HeadingHint;
import org.planex.model.Metadata;
import org.planex.model.PlanDocument;
import org.planex.model.Section;
import org.planex.model.Warning;
import org.planex.pipeline.Stage;

/**
 * Segmentation: reads the header facts and the section tree of a plan. It works on {@code text} when the
 * diacritics stage has filled it and on {@code originalText} otherwise; section offsets index into the text it
 * used, which is the text {@link PlanDocument} documents for sections in both cases.
 */
public final class SegmentStage implements Stage {

  public static final String NAME = "segment";

  @Override
  public String name() {
    return NAME;
  }

  /** None: segmentation runs with or without restored diacritics (its keywords are matched accent-folded). */
  @Override
  public Set<String> requires() {
    return Set.of();
  }

  @Override
  public PlanDocument apply(PlanDocument document) {
    String text = document.workingText();
    List<TextLine> lines = TextLine.split(text);
    PlanParts parts = PlanParts.find(lines);
    // Heading hints index into originalText: they hold for the restored text when restoration kept every offset
    // (it changes letters one for one; only repairing OCR damage changes lengths).
    boolean sameOffsets = document.text() == null || document.text().length() == document.originalText().length();
    int[] headingStarts = !sameOffsets ? new int[0]
        : document.headingHints().stream().mapToInt(HeadingHint::start).sorted().toArray();
    List<Section> sections = SectionTreeBuilder.build(lines, parts, text.length(), headingStarts);
    List<Warning> warnings = new ArrayList<>();
    if (parts.body() < 0) {
      // Nothing numbered was found: the whole text is one section, so later stages still have a place.
      sections = List.of(new Section(null, 1, null, null, 0, text.length(), sections));
      warnings.add(Warning.of(NAME, "no-structure", "no numbered sections found; the text is one section"));
    }
    Metadata metadata = HeaderParser.parse(text, lines, parts);
    List<AppendixTable> appendices = AppendixReader.read(text, lines, parts, document.tables(),
        document.originalText());
    return document.withMetadata(metadata).withSections(sections).withAppendices(appendices)
        .withWarnings(warnings);
  }
}
