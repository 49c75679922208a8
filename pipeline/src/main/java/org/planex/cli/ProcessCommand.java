package org.planex.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.model.PlanJson;
import org.planex.pipeline.BatchRunner;
import org.planex.pipeline.BatchSummary;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planex process}: a folder of plans to a folder of JSON documents. */
@Command(name = "process", mixinStandardHelpOptions = true,
    description = {"Process files and folders (recursively) into one JSON document each.",
        "Writes OUT/<name>.json per document, OUT/errors.jsonl (one line per failed file) and OUT/summary.json.",
        "Exit status: 0 all files ok, 1 some failed, 2 usage error."})
public final class ProcessCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to process.")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--resume", description = "Skip files whose output exists for the same content (sha256).")
  boolean resume;

  @Mixin
  BatchOptions batch;

  @Mixin
  IngestOptions ingest;

  @Override
  public Integer call() throws Exception {
    int threads = batch.threads();
    InputCollector.Collected collected = InputCollector.collect(paths, out);
    Progress progress = new Progress(System.err, Progress.stderrIsTerminal(), batch.quiet(), collected.inputs().size());
    BatchSummary summary;
    try (Pipeline pipeline = new Pipeline(new IsolatedIngester(ingest.limits()), Pipeline.standardStages())) {
      summary = new BatchRunner(pipeline, new BatchRunner.Options(out, threads, resume)).run(collected, progress);
    }
    java.nio.file.Files.writeString(out.resolve("summary.json"), PlanJson.mapper().writeValueAsString(summary));
    System.err.println("planex: " + summary.describe());
    if (summary.failed() > 0) {
      System.err.println("planex: failures are listed in " + out.resolve("errors.jsonl"));
    }
    return summary.failed() > 0 ? 1 : 0;
  }
}
