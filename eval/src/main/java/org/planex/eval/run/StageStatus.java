package org.planex.eval.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Stage;

/**
 * Whether a stage of the pipeline exists yet. The evaluation scores only what exists and says plainly what
 * does not, rather than scoring a missing stage as zero.
 *
 * @param issue where the stage is specified, for the "not built yet" line
 */
public record StageStatus(String name, boolean built, String issue) {

  /** The stages the evaluation knows, in pipeline order, as the current build has them. */
  public static List<StageStatus> current(List<Stage> stages) {
    List<String> names = stages.stream().map(Stage::name).toList();
    List<StageStatus> all = new ArrayList<>();
    all.add(new StageStatus("ingest", true, "issue 2"));
    all.add(new StageStatus("diacritics", names.contains("diacritics"), "issue 4"));
    all.add(new StageStatus("segment", names.contains("segment"), "issue 5"));
    all.add(new StageStatus("extract", names.contains("extract"), "issue 6"));
    all.add(new StageStatus("ocr", true, "issue 7")); // part of ingestion, not a stage of its own
    return all;
  }

  public static List<StageStatus> current() {
    return current(Pipeline.standardStages());
  }

  public static Optional<Stage> find(String name) {
    return Pipeline.standardStages().stream().filter(stage -> stage.name().equals(name)).findFirst();
  }

  public String describe() {
    return built ? name + ": built" : name + ": not built yet (" + issue + ")";
  }
}
