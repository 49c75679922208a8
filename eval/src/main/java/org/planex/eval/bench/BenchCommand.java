package org.planex.eval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planex.cli.CommandProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex bench}: performance measurements, kept out of the test suite. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks (not part of the tests). 'ingest': files/s of processing a folder vs a bare Tika parse.",
    subcommands = {BenchCommand.Ingest.class})
public final class BenchCommand implements Runnable, CommandProvider {

  @Override
  public Object command() {
    return new BenchCommand();
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code planex bench ingest}. */
  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Throughput of 'planex process' on a folder against a bare Tika parse of the same files.")
  static final class Ingest implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of files (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus/plans");

    @Option(names = "--threads", description = "Threads for every contender (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
      Path scratch = Files.createTempDirectory("planex-bench");
      IngestBenchmark.Result result = new IngestBenchmark(corpus, threads, rounds).run(scratch);
      System.out.println(result.describe());
      return 0;
    }
  }
}
