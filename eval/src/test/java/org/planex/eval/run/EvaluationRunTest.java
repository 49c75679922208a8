package org.planex.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;

/** A whole evaluation of the bundled corpus, as {@code planex eval} runs it. */
class EvaluationRunTest {

  @Test
  void scoresWhatIsBuiltAndNamesWhatIsNot() throws Exception {
    Report report;
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      EvalContext context = new EvalContext(AnnotatedCorpus.load(Path.of("../corpus")), ingester, null, false,
          false);
      report = new EvaluationRun(Path.of("data/diacritics")).run(context, "corpus");
    }
    assertEquals(1.0, report.metrics().get("gold.valid"));
    assertTrue(report.metrics().get("real.ingest.docx.words") > 0.99, report.metrics().toString());
    // Stripping diacritics leaves right only the syllables that have none: far from all, far from none.
    double stripped = report.metrics().get("diacritics.real.stripped.input");
    assertTrue(stripped > 0.05 && stripped < 0.3, "stripped input accuracy " + stripped);
    assertTrue(report.metrics().get("diacritics.heldout.legal.input") < 0.3);
    String markdown = report.markdown();
    for (StageStatus stage : report.stages()) {
      if (!stage.built()) {
        assertTrue(markdown.contains(stage.name() + ": not built yet (" + stage.issue() + ")"), stage.name());
        assertTrue(report.metrics().keySet().stream().noneMatch(m -> m.startsWith("real." + stage.name() + ".")),
            "no metric for the unbuilt stage " + stage.name());
      }
    }
    assertTrue(markdown.contains("| real plans, diacritics stripped (5) |"), markdown);
  }
}
