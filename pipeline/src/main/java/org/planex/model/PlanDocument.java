package org.planex.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One plan as it travels through the pipeline: each stage returns a copy enriched with its own part.
 *
 * <p>Offsets in {@link #sections}, {@link #citations} and later items index into {@link #text}; offsets
 * in {@link #pages}, {@link #tables} and {@link #headingHints} index into {@link #originalText}, which
 * ingestion produced. {@link #text} stays {@code null} until the diacritics stage has produced it, and
 * {@link #stages} names the stages that actually ran, so nothing a stage did not do is implied.
 */
@JsonPropertyOrder({"schema", "source", "metadata", "originalText", "text", "sections", "appendices", "citations",
    "bodies", "quotas", "deadlines", "pages", "tables", "headingHints", "warnings", "stages"})
public record PlanDocument(
    String schema,
    Source source,
    Metadata metadata,
    String originalText,
    String text,
    List<Section> sections,
    List<AppendixTable> appendices,
    List<Citation> citations,
    List<Body> bodies,
    List<Quota> quotas,
    List<Deadline> deadlines,
    List<PageSpan> pages,
    List<Table> tables,
    List<HeadingHint> headingHints,
    List<Warning> warnings,
    List<String> stages) {

  /** The schema tag written into every document; bump it when a field changes meaning. */
  public static final String SCHEMA = "planex/1";

  @JsonCreator
  public PlanDocument {
    Objects.requireNonNull(source, "source");
    schema = schema == null ? SCHEMA : schema;
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    sections = List.copyOf(orEmpty(sections));
    appendices = List.copyOf(orEmpty(appendices));
    citations = List.copyOf(orEmpty(citations));
    bodies = List.copyOf(orEmpty(bodies));
    quotas = List.copyOf(orEmpty(quotas));
    deadlines = List.copyOf(orEmpty(deadlines));
    pages = List.copyOf(orEmpty(pages));
    tables = List.copyOf(orEmpty(tables));
    headingHints = List.copyOf(orEmpty(headingHints));
    warnings = List.copyOf(orEmpty(warnings));
    stages = List.copyOf(orEmpty(stages));
  }

  /** The fields before {@code appendices} existed: no appendix tables. */
  public PlanDocument(String schema, Source source, Metadata metadata, String originalText, String text,
      List<Section> sections, List<Citation> citations, List<Body> bodies, List<Quota> quotas,
      List<Deadline> deadlines, List<PageSpan> pages, List<Table> tables, List<HeadingHint> headingHints,
      List<Warning> warnings, List<String> stages) {
    this(schema, source, metadata, originalText, text, sections, List.of(), citations, bodies, quotas, deadlines,
        pages, tables, headingHints, warnings, stages);
  }

  /** A freshly ingested document: no stage after ingestion has run yet. */
  public static PlanDocument ingested(Source source, String originalText, List<PageSpan> pages, List<Table> tables,
      List<HeadingHint> headingHints, List<Warning> warnings) {
    return new PlanDocument(SCHEMA, source, Metadata.EMPTY, originalText, null, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), pages, tables, headingHints, warnings, List.of("ingest"));
  }

  /**
   * The text the stages after restoration read, and their offsets index: the restored {@code text} when the
   * diacritics stage filled it, else the text as ingested ({@code ""} when there is neither).
   */
  @JsonIgnore
  public String workingText() {
    return text != null ? text : originalText != null ? originalText : "";
  }

  public PlanDocument withText(String restored) {
    return new PlanDocument(schema, source, metadata, originalText, restored, sections, appendices, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, warnings, stages);
  }

  public PlanDocument withMetadata(Metadata value) {
    return new PlanDocument(schema, source, value, originalText, text, sections, appendices, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, warnings, stages);
  }

  public PlanDocument withSections(List<Section> value) {
    return new PlanDocument(schema, source, metadata, originalText, text, value, appendices, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, warnings, stages);
  }

  public PlanDocument withAppendices(List<AppendixTable> value) {
    return new PlanDocument(schema, source, metadata, originalText, text, sections, value, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, warnings, stages);
  }

  public PlanDocument withExtraction(List<Citation> newCitations, List<Body> newBodies, List<Quota> newQuotas,
      List<Deadline> newDeadlines) {
    return new PlanDocument(schema, source, metadata, originalText, text, sections, appendices, newCitations,
        newBodies, newQuotas, newDeadlines, pages, tables, headingHints, warnings, stages);
  }

  public PlanDocument withSource(Source value) {
    return new PlanDocument(schema, value, metadata, originalText, text, sections, appendices, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, warnings, stages);
  }

  /** This document with more warnings appended. */
  public PlanDocument withWarnings(List<Warning> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Warning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new PlanDocument(schema, source, metadata, originalText, text, sections, appendices, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, all, stages);
  }

  /** This document recording that {@code stage} has run. */
  public PlanDocument withStage(String stage) {
    List<String> all = new ArrayList<>(stages);
    all.add(stage);
    return new PlanDocument(schema, source, metadata, originalText, text, sections, appendices, citations, bodies,
        quotas, deadlines, pages, tables, headingHints, warnings, all);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
