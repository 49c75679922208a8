package org.planex.extract;

import java.util.ArrayList;
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
    List<TaskRow> rows = new ArrayList<>(AppendixTableReader.read(text, document.tables(), document.text() == null));
    rows.addAll(TaskItemReader.read(text, document.sections()));
    List<Assignment> assignments = new ArrayList<>();
    assignments.addAll(OrganizationReader.read(text, document.sections()));
    assignments.addAll(ClosingReader.read(text, document.sections()));
    assignments.addAll(rowAssignments(rows));
    BodyLedger ledger = new BodyLedger();
    assignments.forEach(ledger::add);
    return document.withExtraction(citations, ledger.bodies(), document.quotas(), document.deadlines());
  }

  /** An appendix row gives its chủ trì body the lead of its task and its phối hợp body the support. */
  private static List<Assignment> rowAssignments(List<TaskRow> rows) {
    List<Assignment> out = new ArrayList<>();
    for (TaskRow row : rows) {
      String task = row.cell("task");
      if (task == null) {
        continue;
      }
      task = new TextSpan(task, 0, task.length()).asTask().text();
      for (String column : List.of("lead", "support")) {
        String cell = row.cell(column);
        for (String body : cell == null ? List.<String>of() : BodyName.splitList(cell)) {
          if (BodyName.looksLikeBody(body)) {
            out.add(new Assignment(body, column, task, row.start(), row.end()));
          }
        }
      }
    }
    return out;
  }

  /** The citations of {@code text} alone, without a section tree: for benchmarks and tests. */
  public static List<Citation> citations(String text) {
    return citations(text, null, new SectionIndex(List.of()));
  }

  static List<Citation> citations(String text, String ownNumber, SectionIndex sections) {
    return CitationCollector.collect(text, new CitationFinder(text).find(), ownNumber, sections);
  }
}
