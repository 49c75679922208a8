package org.planex.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;

/**
 * A plan written in TCVN3 comes back through the pipeline's ingestion as its true text. Letter case aside: TCVN3
 * has codes for seven capitals only, so a text file types other capitals as lower-case codes (the capitals font
 * makes them capitals on screen), and they come back in lower case, as from real files.
 */
class SynthTcvn3Test {

  @Test
  void tcvn3PlansIngestBackToTheirTrueText(@TempDir Path work) throws Exception {
    SynthOptions options = new SynthOptions(3, List.of(PlanFormat.TCVN3), List.of(Damage.NONE));
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (PlanGenerator.GeneratedPlan plan : SynthPlans.generate(options, 6)) {
        Path file = work.resolve(plan.name() + "." + plan.format().extension());
        Files.write(file, plan.file());
        PlanDocument ingested = ingester.ingest(file);
        assertTrue(String.valueOf(ingested.source().encoding()).contains("TCVN3"), plan.name());
        assertEquals(words(plan.restoredText()), words(ingested.originalText()), plan.name());
      }
    }
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
  }
}
