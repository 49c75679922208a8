package org.planex.eval.run;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.gold.GoldValidator;
import org.planex.eval.gold.TrueText;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex eval}: every stage that exists, scored against the annotated corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the pipeline against the annotated corpus, field by field.")
public final class EvalCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "DIR", description = "Annotated corpus (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("corpus");

  @Option(names = "--validate", description = "Only check the gold files against corpus/ANNOTATION.md and "
      + "their plans' text; exit 1 on any problem.")
  boolean validate;

  @Override
  public Integer call() throws Exception {
    AnnotatedCorpus annotated = AnnotatedCorpus.load(corpus);
    if (validate) {
      return validate(annotated);
    }
    throw new UnsupportedOperationException("scoring is not written yet");
  }

  private static int validate(AnnotatedCorpus annotated) throws Exception {
    int bad = annotated.unreadable().size();
    annotated.unreadable().forEach(line -> System.out.println("unreadable: " + line));
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (AnnotatedPlan plan : annotated.plans()) {
        List<String> problems = GoldValidator.validate(plan.gold(), TrueText.of(plan, ingester));
        System.out.printf("%-32s %s%n", plan.name(), problems.isEmpty() ? "ok" : problems.size() + " problems");
        problems.forEach(p -> System.out.println("    " + p));
        bad += problems.isEmpty() ? 0 : 1;
      }
    }
    System.out.printf("%d gold files, %d with problems%n", annotated.plans().size() + annotated.unreadable().size(),
        bad);
    return bad == 0 ? 0 : 1;
  }
}
