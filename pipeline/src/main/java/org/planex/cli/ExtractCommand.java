package org.planex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planex.ingest.IngestException;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.model.PlanJson;
import org.planex.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code planex extract}: one file's JSON document on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the JSON document of one file. Exit status 1 with a one-line error if it cannot be read.")
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE")
  Path file;

  @Mixin
  IngestOptions ingest;

  @Override
  public Integer call() {
    try (Pipeline pipeline = new Pipeline(new IsolatedIngester(ingest.limits()), Pipeline.standardStages())) {
      System.out.println(PlanJson.write(pipeline.process(file)));
      return 0;
    } catch (IngestException e) {
      System.err.println("planex: " + file + ": " + e.failure().key() + ": " + e.getMessage());
      return 1;
    }
  }
}
