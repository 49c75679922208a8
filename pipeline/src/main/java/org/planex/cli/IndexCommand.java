package org.planex.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planex.index.IndexUpdate;
import org.planex.index.PlanIndexWriter;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planex index}: files and folders processed (or processed JSON read) into the search index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Process files and folders (recursively) and add them to the search index.",
        "Files already indexed with the same content (sha256) are skipped; JSON documents written by "
            + "'planex process' are indexed as they are. The index is committed as it goes, so an interrupted run "
            + "leaves a usable index and the next run carries on.",
        "Exit status: 0 all files ok, 1 some failed, 2 usage error."})
public final class IndexCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ./planex-data/index).")
  Path index = PlanIndexWriter.DEFAULT_FOLDER;

  @Option(names = "--prune", description = "Delete plans indexed from below the given folders whose file is gone.")
  boolean prune;

  @Option(names = "--commit-every", paramLabel = "N",
      description = "Plans between commits (default: ${DEFAULT-VALUE}).")
  int commitEvery = 200;

  @Mixin
  BatchOptions batch;

  @Mixin
  IngestOptions ingest;

  @Override
  public Integer call() throws Exception {
    int threads = batch.threads();
    if (commitEvery < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--commit-every must be at least 1");
    }
    IndexUpdate.Summary summary;
    try (PlanIndexWriter writer = new PlanIndexWriter(index);
        Pipeline pipeline = new Pipeline(new IsolatedIngester(ingest.limits()), Pipeline.standardStages())) {
      summary = new IndexUpdate(writer, pipeline, new IndexUpdate.Options(threads, prune, commitEvery))
          .run(paths, index, System.err, batch.quiet());
    }
    System.err.println("planex: " + summary.describe() + "; index at " + index);
    return summary.failed() > 0 ? 1 : 0;
  }
}
