package org.planex.eval.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.planex.eval.render.PdfWriter;

/** Generated plans for the tests: every format with every damage, a few plans each. */
final class SynthPlans {

  static final SynthOptions EVERY_OPTION = new SynthOptions(2025, Arrays.asList(PlanFormat.values()),
      Arrays.asList(Damage.values()));

  private SynthPlans() {}

  static PlanGenerator generator(SynthOptions options) {
    return new PlanGenerator(Vocabulary.bundled(), options, PdfWriter.FONT_DIR);
  }

  static SyntheticCorpusWriter writer(SynthOptions options) {
    return new SyntheticCorpusWriter(generator(options));
  }

  /** Plans 0 … count-1 of a run with {@code options}, in memory. */
  static List<PlanGenerator.GeneratedPlan> generate(SynthOptions options, int count) throws IOException {
    PlanGenerator generator = generator(options);
    List<PlanGenerator.GeneratedPlan> plans = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      plans.add(generator.generate(i));
    }
    return plans;
  }

  /** The project's {@code corpus/}: Maven runs a module's tests in its folder, {@code eval/}. */
  static Path corpus() {
    Path corpus = Path.of("..", "corpus").toAbsolutePath().normalize();
    if (!Files.isDirectory(corpus.resolve("plans"))) {
      throw new IllegalStateException("no corpus/plans at " + corpus + ": run the tests from the eval module");
    }
    return corpus;
  }
}
