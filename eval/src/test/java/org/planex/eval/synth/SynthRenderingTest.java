package org.planex.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;

/**
 * Every format of a clean plan reads back, through the pipeline's ingestion, as the words of the true text its
 * gold quotes: the restored text is what a faithful reader of the file gets (two-column header unpacked column by
 * column in DOCX, PDF and HTML, side by side in text files).
 */
class SynthRenderingTest {

  @Test
  void everyFormatIngestsToTheWordsOfItsTrueText(@TempDir Path work) throws Exception {
    SynthOptions options = new SynthOptions(11, Arrays.asList(PlanFormat.values()), List.of(Damage.NONE));
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      for (PlanGenerator.GeneratedPlan plan : SynthPlans.generate(options, 2 * PlanFormat.values().length)) {
        Path file = work.resolve(plan.name() + "." + plan.format().extension());
        Files.write(file, plan.file());
        String truth = plan.restoredText() != null ? plan.restoredText() : Files.readString(file);
        List<String> expected = words(truth, plan.format());
        List<String> ingested = words(ingester.ingest(file).originalText(), plan.format());
        int same = 0;
        while (same < Math.min(expected.size(), ingested.size()) && expected.get(same).equals(ingested.get(same))) {
          same++;
        }
        assertEquals(expected.size(), same, file.getFileName() + " differs at word " + same + ": expected "
            + expected.subList(same, Math.min(expected.size(), same + 8)) + ", ingested "
            + ingested.subList(same, Math.min(ingested.size(), same + 8)));
        assertEquals(expected.size(), ingested.size(), file.getFileName() + ": words after the true text");
      }
    }
  }

  /**
   * The words of {@code text}. TCVN3 text files lose the case of some capitals (see {@link SynthTcvn3Test}); the
   * pipeline keeps the pipes of Markdown tables, which are markup, not words; and where a plan types a number with
   * a space after its hyphen ("93/2019/NĐ- CP") and the PDF breaks the line there, reading joins it again.
   */
  private static List<String> words(String text, PlanFormat format) {
    String compared = (format == PlanFormat.TCVN3 ? text.toLowerCase(Locale.ROOT) : text)
        .replaceAll("(?<=\\S)- ", "-");
    return Arrays.stream(compared.strip().split("\\s+"))
        .filter(word -> format != PlanFormat.MD || !word.matches("\\|(---\\|)*"))
        .toList();
  }
}
