package org.planex.eval.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.pipeline.BatchRunner;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;

/**
 * Throughput of ingestion on a folder, against a bare Tika parse of the same files run the same way in the
 * same process: the overhead Planex adds (structure, repairs, child processes) is the ratio of the two.
 * Every figure is the median of several timed rounds after one warm-up round.
 */
public final class IngestBenchmark {

  /** Files per second of each way of reading the folder. */
  public record Result(int files, int threads, int rounds, double bareTika, double localIngester,
      double processCold, double processWarm) {

    public String describe() {
      return String.format(
          "%d files, %d threads, median of %d rounds (files/s):%n"
              + "  bare Tika AutoDetectParser → plain text      %8.1f%n"
              + "  Planex LocalIngester (in-process)              %8.1f  (%.2f× of bare Tika)%n"
              + "  planex process, fresh workers (as a user runs) %8.1f  (%.2f× of bare Tika)%n"
              + "  planex process, warm workers                   %8.1f  (%.2f× of bare Tika)",
          files, threads, rounds, bareTika, localIngester, localIngester / bareTika, processCold,
          processCold / bareTika, processWarm, processWarm / bareTika);
    }
  }

  private final List<Path> files;
  private final int threads;
  private final int rounds;

  public IngestBenchmark(Path folder, int threads, int rounds) {
    this.files = listFiles(folder);
    this.threads = threads;
    this.rounds = rounds;
  }

  public Result run(Path scratch) throws Exception {
    AutoDetectParser tika = new AutoDetectParser();
    LocalIngester local = new LocalIngester(IngestLimits.DEFAULT);
    double bare = median(() -> parallel(file -> bareTika(tika, file)));
    double inProcess = median(() -> parallel(file -> {
      try {
        local.ingest(file);
      } catch (IngestException e) {
        // Counted like a success: bare Tika gets the same files, and failures are part of a real batch.
      }
    }));
    int[] round = {0};
    double cold = median(() -> {
      try (Pipeline pipeline = new Pipeline(new IsolatedIngester(IngestLimits.DEFAULT), List.of())) {
        batch(pipeline, scratch.resolve("cold-" + round[0]++));
      }
    });
    double warm;
    try (Pipeline pipeline = new Pipeline(new IsolatedIngester(IngestLimits.DEFAULT), List.of())) {
      warm = median(() -> batch(pipeline, scratch.resolve("warm-" + round[0]++)));
    }
    return new Result(files.size(), threads, rounds, bare, inProcess, cold, warm);
  }

  private void batch(Pipeline pipeline, Path out) throws InterruptedException {
    InputCollector.Collected collected = InputCollector.collect(files, out);
    new BatchRunner(pipeline, new BatchRunner.Options(out, threads, false))
        .run(collected, new Progress(new PrintStream(new ByteArrayOutputStream()), false, true, 0));
  }

  private static void bareTika(AutoDetectParser tika, Path file) {
    try (InputStream in = TikaInputStream.get(file)) {
      tika.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
    } catch (Exception e) {
      // A file Tika cannot read still cost its time, as in a batch.
    }
  }

  private double median(TimedRounds.Round round) throws Exception {
    return TimedRounds.medianRate(rounds, files.size(), round);
  }

  private void parallel(TimedRounds.PerFile work) throws Exception {
    TimedRounds.parallel(threads, files, work);
  }

  private static List<Path> listFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.naturalOrder()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
