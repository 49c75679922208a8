package org.planex.eval.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation run found: the stages as built, every metric by name (the names floors refer to), and
 * the tables a reader sees, as Markdown.
 */
@JsonPropertyOrder({"corpus", "documents", "stages", "metrics", "tables"})
public record Report(String corpus, Map<String, Integer> documents, List<StageStatus> stages,
    Map<String, Double> metrics, List<String> tables) {

  /** Collects a report part by part. */
  public static final class Builder {

    private final String corpus;
    private final Map<String, Integer> documents = new LinkedHashMap<>();
    private final List<StageStatus> stages;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final List<String> tables = new ArrayList<>();

    public Builder(String corpus, List<StageStatus> stages) {
      this.corpus = corpus;
      this.stages = List.copyOf(stages);
    }

    public Builder documents(String group, int count) {
      documents.put(group, count);
      return this;
    }

    public Builder metric(String name, double value) {
      if (metrics.put(name, value) != null) {
        throw new IllegalStateException("metric " + name + " reported twice");
      }
      return this;
    }

    /** A Markdown block: a heading line, then the table or the sentence saying why there is none. */
    public Builder table(String markdown) {
      tables.add(markdown.strip());
      return this;
    }

    public Report build() {
      return new Report(corpus, documents, stages, metrics, tables);
    }
  }

  /** The whole report as Markdown: what {@code planex eval} prints and {@code eval/RESULTS.md} holds. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Planex evaluation\n\n");
    out.append("Corpus `").append(corpus).append("`: ");
    List<String> counts = new ArrayList<>();
    documents.forEach((group, count) -> counts.add(count + " " + group));
    out.append(String.join(", ", counts)).append(" annotated plans. ")
        .append("Real and synthetic plans are scored apart; generated corpora are scored only on their own "
            + "(`--corpus`).\n\n");
    out.append("Stages: ");
    out.append(String.join(" · ", stages.stream().map(StageStatus::describe).toList())).append(".\n");
    for (String table : tables) {
      out.append('\n').append(table).append('\n');
    }
    return out.toString();
  }
}
