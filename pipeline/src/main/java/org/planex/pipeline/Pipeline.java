package org.planex.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planex.diacritics.DiacriticsStage;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.Ingester;
import org.planex.model.PlanDocument;
import org.planex.segment.SegmentStage;

/**
 * The one way a file becomes a document: ingestion, then each stage in order. The batch runner, the
 * evaluation harness and the index all drive this class.
 */
public final class Pipeline implements AutoCloseable {

  private static final List<Stage> STANDARD_STAGES = List.of(new DiacriticsStage(), new SegmentStage());

  private final Ingester ingester;
  private final List<Stage> stages;

  public Pipeline(Ingester ingester, List<Stage> stages) {
    this.ingester = ingester;
    this.stages = List.copyOf(stages);
    Set<String> done = new HashSet<>(Set.of("ingest"));
    for (Stage stage : stages) {
      for (String needed : stage.requires()) {
        if (!done.contains(needed)) {
          throw new IllegalArgumentException("stage " + stage.name() + " needs " + needed + " to run before it");
        }
      }
      done.add(stage.name());
    }
  }

  /** The stages every document goes through after ingestion, in order. */
  public static List<Stage> standardStages() {
    return STANDARD_STAGES;
  }

  public PlanDocument process(Path file) throws IngestException {
    PlanDocument document = ingester.ingest(file);
    for (Stage stage : stages) {
      try {
        document = stage.apply(document).withStage(stage.name());
      } catch (RuntimeException e) {
        throw new IngestException(IngestFailure.INTERNAL_ERROR,
            "stage " + stage.name() + " failed: " + e, e);
      }
    }
    return document;
  }

  /** Names of the stages after ingestion, in order. */
  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  @Override
  public void close() {
    ingester.close();
  }
}
