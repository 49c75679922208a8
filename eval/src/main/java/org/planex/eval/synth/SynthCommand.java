package org.planex.eval.synth;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.planex.eval.render.PdfWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex synth}: synthetic plans with their gold annotations. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = {"Synthetic plans with gold annotations, from templates and real vocabularies.",
        "'vocab': rebuild the bundled vocabularies from the shared data.",
        "'generate': write N plans and their golds as an annotated corpus."},
    subcommands = {SynthCommand.Vocab.class, SynthCommand.Generate.class})
public final class SynthCommand implements Runnable {

  /** Where the vocabulary files live in the source tree. */
  static final Path RESOURCES = Path.of("eval/src/main/resources/org/planex/eval/synth");

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** {@code planex synth vocab}. */
  @Command(name = "vocab", mixinStandardHelpOptions = true,
      description = "Rebuild communes.tsv, citations.tsv and ocr-confusions.tsv from the shared data and corpus/.")
  static final class Vocab implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The shared data folder.")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: ${DEFAULT-VALUE}).")
    Path out = RESOURCES;

    @Override
    public Integer call() throws Exception {
      new VocabularyBuilder(data, corpus, System.out::println).build(out);
      return 0;
    }
  }

  /** {@code planex synth generate}. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = {"Write N synthetic plans with their golds: OUT/plans/<name>.<ext>, OUT/annotations/<name>.json "
          + "(and <name>.restored.txt when the plan file's text is not its true text).",
          "Same seed and options, same bytes. Prints plans/s, files/s and the elapsed time."})
  static final class Generate implements Callable<Integer> {

    @Option(names = "--count", required = true, description = "How many plans.")
    int count;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--formats", paramLabel = "LIST", description = "Comma-separated, from txt, md, html, docx, "
        + "pdf, tcvn3; several are dealt out plan by plan (default: ${DEFAULT-VALUE}).")
    String formats = "txt";

    @Option(names = "--damage", paramLabel = "LIST", description = "Comma-separated, from none, strip, ocr, wrap; "
        + "several are dealt out plan by plan (default: ${DEFAULT-VALUE}).")
    String damage = "none";

    @Option(names = "--threads", description = "Threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      SynthOptions options = new SynthOptions(seed, list(formats).stream().map(PlanFormat::named).toList(),
          list(damage).stream().map(Damage::named).toList());
      PlanGenerator generator = new PlanGenerator(Vocabulary.bundled(), options, PdfWriter.FONT_DIR);
      SyntheticCorpusWriter.Report report = new SyntheticCorpusWriter(generator).write(out, count, threads);
      System.out.println(report.describe());
      System.out.println("seed " + seed + ", " + options.describe() + ", " + threads + " threads; corpus in " + out);
      return 0;
    }

    private static List<String> list(String commaSeparated) {
      return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}
