package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.planex.model.Deadline;
import org.planex.model.Quota;
import org.planex.model.Section;
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

  private final Optional<SubjectFinder> subjects;

  /** With the committed subject finder when the project has one. */
  public ExtractStage() {
    this(SubjectFinder.committed());
  }

  /** With {@code subjects}, or by rules alone when it is empty. */
  public ExtractStage(Optional<SubjectFinder> subjects) {
    this.subjects = subjects;
  }

  /** A task item of the organisation section and the heading above it, as the extractor reads them. */
  public record HeadedTask(String heading, String task) {}

  /** The task items of {@code document}'s organisation sections (for training the subject finder). */
  public static List<HeadedTask> taskItems(PlanDocument document) {
    return OrganizationReader.items(document.workingText(), document.sections()).stream()
        .map(item -> new HeadedTask(item.heading(), item.task().text())).toList();
  }

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
    String text = document.workingText();
    SectionIndex sections = new SectionIndex(document.sections());
    List<Citation> citations = citations(text, document.metadata().number(), sections);
    List<TaskRow> rows = new ArrayList<>(AppendixTableReader.read(text, document.tables(), document.text() == null));
    if (rows.isEmpty()) {
      rows.addAll(SpacedRowReader.read(text, document.sections()));
    }
    if (rows.isEmpty()) {
      rows.addAll(FlatAppendixReader.read(text, document.sections()));
    }
    rows.addAll(TaskItemReader.read(text, document.sections()));
    List<Assignment> assignments = new ArrayList<>();
    assignments.addAll(OrganizationReader.read(text, document.sections(), subjects));
    assignments.addAll(ClosingReader.read(text, document.sections()));
    assignments.addAll(rowAssignments(rows));
    BodyLedger ledger = new BodyLedger();
    assignments.forEach(ledger::add);
    Obligations obligations = new Obligations(assignments, rows);
    List<int[]> regions = scanned(text, document.sections());
    List<Quota> quotas = quotas(text, regions, obligations);
    List<Deadline> deadlines = deadlines(text, regions, obligations, assignments);
    return document.withExtraction(citations, ledger.bodies(), quotas, deadlines)
        .withWarnings(QuotaConflicts.check(quotas));
  }

  /** Labels of the parts that hold no obligations: the header, the legal basis, recipients and signature. */
  private static final Set<String> UNSCANNED = Set.of("header", "legal-basis", "recipients", "signature");

  /** The spans of the text where quotas and deadlines are looked for. */
  private static List<int[]> scanned(String text, List<Section> sections) {
    List<int[]> regions = new ArrayList<>();
    int from = 0;
    for (Section section : sections) {
      if (section.label() != null && UNSCANNED.contains(section.label())) {
        if (section.start() > from) {
          regions.add(new int[] {from, section.start()});
        }
        from = Math.max(from, section.end());
      }
    }
    if (from < text.length()) {
      regions.add(new int[] {from, text.length()});
    }
    return regions;
  }

  private static List<Quota> quotas(String text, List<int[]> regions, Obligations obligations) {
    QuotaFinder finder = new QuotaFinder(text);
    List<Quota> quotas = new ArrayList<>();
    for (int[] region : regions) {
      for (QuotaFinder.Found q : finder.find(region[0], region[1])) {
        Assignment owner = obligations.at(q.start());
        String channel = q.channel();
        TaskRow row = obligations.rowAt(q.start());
        if (channel == null && row != null) {
          // A product cell wrapped over lines, or one that leaves the channel to the row's task ("… trên hệ thống
          // đài truyền thanh").
          channel = row.cell("product") != null ? QuotaFinder.channelIn(row.cell("product")) : null;
          channel = channel == null && row.cell("task") != null ? QuotaFinder.channelIn(row.cell("task")) : channel;
        }
        quotas.add(new Quota(q.quantity(), q.unit(), q.period(), q.comparator(), channel,
            owner == null ? null : owner.body(), q.text()));
      }
    }
    return quotas;
  }

  private static List<Deadline> deadlines(String text, List<int[]> regions, Obligations obligations,
      List<Assignment> assignments) {
    DeadlineFinder finder = new DeadlineFinder(text);
    List<DeadlineFinder.Found> found = new ArrayList<>();
    for (int[] region : regions) {
      found.addAll(finder.find(region[0], region[1]));
    }
    for (Assignment assignment : assignments) {
      DeadlineFinder.Found opening = assignment.start() >= 0 ? finder.continuousAt(assignment.start()) : null;
      if (opening != null && found.stream().noneMatch(f -> f.start() == opening.start())) {
        found.add(opening);
      }
    }
    found.sort(java.util.Comparator.comparingInt(DeadlineFinder.Found::start));
    List<Deadline> deadlines = new ArrayList<>();
    for (DeadlineFinder.Found d : found) {
      Assignment owner = obligations.at(d.start());
      TaskRow row = obligations.rowAt(d.start());
      String task = owner != null ? owner.task() : row != null ? row.cell("task") : null;
      String body = owner != null ? owner.body() : SentenceSubject.at(text, d.start());
      deadlines.add(new Deadline(d.date(), d.recurrence(), d.text(), body, task, d.start(), d.end()));
    }
    return deadlines;
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

  static List<Citation> citations(String text, String ownNumber, SectionIndex sections) {
    return CitationCollector.collect(text, new CitationFinder(text).find(), ownNumber, sections);
  }
}
