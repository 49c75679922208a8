package org.planex.eval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planex.eval.batch.BatchScale;
import org.planex.eval.batch.PlanVariants;
import org.planex.eval.render.PdfWriter;
import org.planex.ingest.IngestLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex bench}: performance measurements, kept out of the test suite. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks (not part of the tests).",
        "'ingest': files/s of processing a folder vs a bare Tika parse.",
        "'batch': a folder of N generated plans plus every hostile file, processed and checked file by file.",
        "'citations': citation extraction speed and source-citation coverage over phapdien_dieu.txt.",
        "'diacritics': syllables/s of diacritic restoration against the most-frequent-form baseline.",
        "'index': plans/s indexed, index size and query latency at 100,000 plans.",
        "'ocr': pages/minute of processing the scanned fixtures vs the bare tesseract command."},
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Batch.class, BenchCommand.Citations.class,
        BenchCommand.Diacritics.class, BenchCommand.Index.class, BenchCommand.Ocr.class})
public final class BenchCommand implements Runnable {

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
      try (ScratchFolder scratch = new ScratchFolder("planex-bench")) {
        IngestBenchmark.Result result = new IngestBenchmark(corpus, threads, rounds).run(scratch.path());
        System.out.println(result.describe());
        return 0;
      }
    }
  }

  /** {@code planex bench ocr}. */
  @Command(name = "ocr", mixinStandardHelpOptions = true,
      description = "Pages/minute of 'planex process' on the scanned fixtures' page images against the bare "
          + "tesseract command on the same images, as many at once as threads, OMP_THREAD_LIMIT=1.")
  static final class Ocr implements Callable<Integer> {

    @Option(names = "--fixtures", paramLabel = "DIR", description = "Folder of scans (default: ${DEFAULT-VALUE}).")
    Path fixtures = Path.of("corpus/scanned/images");

    @Option(names = "--threads", description = "Files at once for both contenders (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
      try (ScratchFolder scratch = new ScratchFolder("planex-bench-ocr")) {
        System.out.println(new OcrBenchmark(fixtures, threads, rounds).run(scratch.path()).describe());
        return 0;
      }
    }
  }

  /** {@code planex bench batch}. */
  @Command(name = "batch", mixinStandardHelpOptions = true,
      description = "Generate N plans (TXT, HTML, DOCX, ODT, RTF, PDF) plus every hostile file, process them, "
          + "and check that each file is accounted for. Exit 1 if any is not.")
  static final class Batch implements Callable<Integer> {

    @Option(names = "--files", description = "Plans to generate (default: ${DEFAULT-VALUE}).")
    int files = 1000;

    @Option(names = "--threads", description = "Threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder (default: a new temporary one).")
    Path dir;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Project folder holding corpus/ (default: .).")
    Path root = Path.of(".");

    @Override
    public Integer call() throws Exception {
      Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("planex-batch");
      PlanVariants variants = new PlanVariants(root.resolve("corpus/plans"), root.resolve("corpus/render"),
          PdfWriter.FONT_DIR);
      BatchScale.Report report = new BatchScale(variants).run(work, files, threads, IngestLimits.DEFAULT, System.err);
      System.out.println(report.describe());
      System.out.println("inputs and outputs are in " + work);
      return report.problems().isEmpty() ? 0 : 1;
    }
  }

  /** {@code planex bench citations}. */
  @Command(name = "citations", mixinStandardHelpOptions = true,
      description = {"Citation extraction over a legal corpus in one piece, on one thread: seconds, MB/s, and how many",
          "articles' trailing source citation ('(Điều 12 Thông tư số 145/2020/TT-BCA, …)') it finds.",
          "Exit 1 when the file is missing."})
  static final class Citations implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", description = "Corpus (default: ${DEFAULT-VALUE}).")
    Path data = CitationBenchmark.DEFAULT_DATA;

    @Option(names = "--rounds", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--max-chars", description = "Read only this many characters (default: all).")
    long maxChars = 0;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(data)) {
        System.err.println("planex bench citations: no such file: " + data);
        return 1;
      }
      System.out.println(CitationBenchmark.run(data, rounds, maxChars).describe());
      return 0;
    }
  }

  /** {@code planex bench diacritics}. */
  @Command(name = "diacritics", mixinStandardHelpOptions = true,
      description = "Syllables/s of restoring stripped text on one thread: the model against the most frequent "
          + "accented form of each syllable, in the same process.")
  static final class Diacritics implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", description = "Model (default: ${DEFAULT-VALUE}).")
    Path model = Path.of("models/diacritics/diacritics.lm");

    @Option(names = "--text", arity = "1..*", paramLabel = "PATH",
        description = "Text files or folders: accented ones are stripped for the run, OCR-damaged ones timed on their "
            + "own (default: the corpus plans and the held-out slices).")
    List<Path> text = List.of(Path.of("corpus/plans"), Path.of("eval/data/diacritics/legal-heldout.txt"),
        Path.of("eval/data/diacritics/general-heldout.txt"));

    @Option(names = "--rounds", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--beam", description = "Beam (log10) of the decoder timed against exact decoding (default: "
        + "${DEFAULT-VALUE}, the pipeline's).")
    double beam = org.planex.diacritics.DiacriticRestorer.BEAM;

    @Override
    public Integer call() throws Exception {
      System.out.println(new DiacriticsBenchmark(model, text, rounds, beam).run().describe());
      return 0;
    }
  }

  /** {@code planex bench index}. */
  @Command(name = "index", mixinStandardHelpOptions = true,
      description = {"Generate and process BASE synthetic plans, index PLANS variants of them, and time a fixed mix "
          + "of 1,000 queries (free text, accent-less, phrase, --cites, faceted): plans/s, index size, p50/p95."})
  static final class Index implements Callable<Integer> {

    @Option(names = "--plans", description = "Plans to index (default: ${DEFAULT-VALUE}).")
    int plans = 100_000;

    @Option(names = "--base", description = "Synthetic plans generated and processed (default: ${DEFAULT-VALUE}).")
    int base = 1_000;

    @Option(names = "--threads", description = "Threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder, reused by a rerun "
        + "(default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("planex-data", "bench-index");

    @Option(names = "--reuse-index", description = "Only time the queries, on the index an earlier run left in DIR.")
    boolean reuseIndex;

    @Override
    public Integer call() throws Exception {
      System.out.print(new IndexBenchmark(base, plans, 1_000, threads, System.err).reusingIndex(reuseIndex).run(dir)
          .describe());
      return 0;
    }
  }
}
