package org.planex.eval.synth;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex synth}: synthetic plans with their gold annotations. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = {"Synthetic plans with gold annotations, from templates and real vocabularies.",
        "'vocab': rebuild the bundled vocabularies from the shared data."},
    subcommands = {SynthCommand.Vocab.class})
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
}
