package org.planex.eval.train;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.planex.diacritics.DiacriticsModel;
import org.planex.diacritics.DiacriticsModelFile;
import org.planex.diacritics.DiacriticsTrainer;
import org.planex.diacritics.FrequentWords;
import org.planex.diacritics.KneserNeyEstimator;
import org.planex.eval.run.HeldOutSlices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex train}: rebuilds the models under {@code models/} from the training data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from the data in ../shared/data (needed only to train, never to run).",
    subcommands = {TrainCommand.Diacritics.class, OcrChannelCommand.class, GazetteerCommand.class,
        SubjectsCommand.class})
public final class TrainCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code planex train diacritics}. */
  @Command(name = "diacritics", mixinStandardHelpOptions = true,
      description = {"Train the diacritics language model (interpolated modified Kneser-Ney over syllables) "
          + "and write OUT/" + DiacriticsModelFile.FILE_NAME + ".",
          "Held-out evaluation text and the annotated corpus are left out; see models/diacritics/MODEL.md."})
  static final class Diacritics implements Callable<Integer> {

    /** Room in the 15-bit vocabulary after the classes and 17,973 syllables, with a margin. */
    static final int MAX_OWN_WORDS = 8000;

    @Option(names = "--data", arity = "1..*", paramLabel = "DIR",
        description = "Data folders laid out as ../shared/data (default: ${DEFAULT-VALUE}).")
    List<Path> data = List.of(Path.of("../shared/data"));

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("models/diacritics");

    @Option(names = "--order", description = "N-gram order, 2 to 4 (default: ${DEFAULT-VALUE}).")
    int order = 4;

    @Option(names = "--min-count", split = ",", paramLabel = "N",
        description = "Least count kept for orders 3, 4 (default: ${DEFAULT-VALUE}).")
    int[] minCounts = {2, 2};

    @Option(names = "--smoothing", description = "kneser-ney (lower orders count distinct left extensions) or "
        + "absolute (they count occurrences: modified absolute discounting) (default: ${DEFAULT-VALUE}).")
    String smoothing = "kneser-ney";

    @Option(names = "--legal-weight", description = "Times legal text and unit names count (default: "
        + "${DEFAULT-VALUE}).")
    int legalWeight = 2;

    @Option(names = "--own-word-count", paramLabel = "N", description = "Words that are no syllable (UBND, "
        + "internet) seen this often get their own id rather than a class (default: ${DEFAULT-VALUE}).")
    int frequentCount = 100;

    @Option(names = "--heldout", paramLabel = "DIR",
        description = "Committed held-out evaluation text (default: ${DEFAULT-VALUE}).")
    Path heldOut = Path.of("eval/data/diacritics");

    @Option(names = "--check-only", paramLabel = "FILE", description = "Do not train: measure this model on the "
        + "development text only.")
    Path checkOnly;

    @Override
    public Integer call() throws Exception {
      if (checkOnly != null) {
        DiacriticsModel model = DiacriticsModelFile.read(checkOnly);
        for (Path dir : data) {
          System.out.print(new DevelopmentCheck(dir).run(model));
        }
        return 0;
      }
      long started = System.nanoTime();
      HeldOutShingles shingles = new HeldOutShingles();
      for (String name : List.of("legal-heldout.txt", "general-heldout.txt")) {
        shingles.addText(Files.readString(heldOut.resolve(name), StandardCharsets.UTF_8));
      }
      for (Path dir : data) {
        Path news = HeldOutSlices.newsSlice(dir);
        if (news != null) {
          shingles.addText(Files.readString(news, StandardCharsets.UTF_8));
        }
      }
      List<DevelopmentCheck> checks = new java.util.ArrayList<>();
      for (Path dir : data) {
        DevelopmentCheck check = new DevelopmentCheck(dir);
        check.addTo(shingles);
        checks.add(check);
      }
      TrainingCorpus corpus = new TrainingCorpus(data, legalWeight, shingles);
      FrequentWords frequent = new FrequentWords();
      corpus.feed((line, weight) -> frequent.add(line));
      List<String> ownWords = frequent.top(frequentCount, MAX_OWN_WORDS);
      KneserNeyEstimator.Options options = KneserNeyEstimator.Options.of(order, minCounts)
          .withContinuationCounts(!smoothing.equals("absolute"));
      DiacriticsTrainer trainer = new DiacriticsTrainer(options, ownWords);
      List<TrainingCorpus.SourceReport> sources = corpus.feed(trainer::add);
      String command = "./planex train diacritics --data " + data.stream().map(Path::toString)
          .collect(Collectors.joining(" ")) + " --order " + order + " --min-count "
          + Arrays.stream(minCounts).mapToObj(String::valueOf).collect(Collectors.joining(",")) + " --legal-weight "
          + legalWeight + " --own-word-count " + frequentCount + " --smoothing " + smoothing;
      StringBuilder description = new StringBuilder(command).append("\n\n| source | weight | lines | dropped "
          + "(held-out overlap) | articles left out |\n|---|---:|---:|---:|---:|\n");
      for (TrainingCorpus.SourceReport s : sources) {
        description.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %,d |%n", s.name(), s.weight(),
            s.lines(), s.dropped(), s.excludedArticles()));
      }
      Path file = out.resolve(DiacriticsModelFile.FILE_NAME);
      DiacriticsTrainer.Summary summary = trainer.write(file, description.toString());
      description.append(String.format(Locale.ROOT, "%n%,d lines, %,d tokens (weighted); n-grams kept per order: "
          + "%s; %d words that are no syllable with their own id; %d acronyms; trained in %.0f s; %.1f MB.%n",
          summary.lines(), summary.tokens(),
          Arrays.toString(Arrays.copyOfRange(summary.ngrams(), 1, summary.ngrams().length)), ownWords.size(),
          summary.acronyms(), (System.nanoTime() - started) / 1e9, Files.size(file) / 1e6));
      System.out.print(description);
      long loadStart = System.nanoTime();
      DiacriticsModel model = DiacriticsModelFile.read(file);
      System.out.printf(Locale.ROOT, "loaded back in %.2f s; whole run %.0f s%n%n",
          (System.nanoTime() - loadStart) / 1e9, (System.nanoTime() - started) / 1e9);
      for (DevelopmentCheck check : checks) {
        System.out.print(check.run(model));
      }
      return 0;
    }
  }
}
