package org.planex.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.gold.GoldValidator;
import org.planex.eval.gold.TrueText;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;

/**
 * A generated corpus is an annotated corpus like {@code corpus/}: {@link AnnotatedCorpus} loads every gold, and
 * each validates against its true text as the evaluation harness reads it (the clean text files through the
 * pipeline's own ingestion).
 */
class SynthCorpusTest {

  @Test
  void theHarnessLoadsAndValidatesAGeneratedCorpus(@TempDir Path out) throws Exception {
    int count = 48;
    SynthPlans.writer(SynthPlans.EVERY_OPTION).write(out, count, 2);
    AnnotatedCorpus corpus = AnnotatedCorpus.load(out);
    assertEquals(List.of(), corpus.unreadable());
    assertEquals(count, corpus.plans().size());
    List<String> problems = new ArrayList<>();
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (AnnotatedPlan plan : corpus.plans()) {
        assertTrue(plan.renderings().isEmpty(), plan.name() + " has one plan file");
        assertEquals(plan.gold().restoredText() != null, plan.restoredText().isPresent(), plan.name());
        for (String problem : GoldValidator.validate(plan.gold(), TrueText.of(plan, ingester))) {
          problems.add(plan.name() + ": " + problem);
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void cleanTextPlansValidateAsIngested(@TempDir Path out) throws Exception {
    SynthOptions text = new SynthOptions(5, List.of(PlanFormat.TXT), List.of(Damage.NONE));
    SynthPlans.writer(text).write(out, 40, 2);
    List<String> problems = new ArrayList<>();
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (AnnotatedPlan plan : AnnotatedCorpus.load(out).plans()) {
        for (String problem : GoldValidator.validate(plan.gold(), TrueText.of(plan, ingester))) {
          problems.add(plan.name() + ": " + problem);
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.toString());
  }
}
