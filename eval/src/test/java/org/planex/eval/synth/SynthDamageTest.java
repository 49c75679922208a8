package org.planex.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.text.AccentFolding;

/**
 * Damage really damages, and as promised: stripping leaves no diacritic, OCR noise changes about the share of
 * syllables the real OCR'd plan has changed, both keep the lines of the true text; wrapping breaks lines at 70–90
 * columns between words.
 */
class SynthDamageTest {

  private static final int PLANS = 8;

  @Test
  void strippingLeavesNoDiacriticsAndKeepsTheLines() throws Exception {
    for (PlanGenerator.GeneratedPlan plan : plans(Damage.STRIP)) {
      String damaged = new String(plan.file(), StandardCharsets.UTF_8);
      assertEquals(AccentFolding.fold(damaged), damaged, plan.name());
      assertNotEquals(plan.restoredText(), damaged);
      assertEquals(plan.restoredText().lines().count(), damaged.lines().count(), plan.name());
    }
  }

  @Test
  void ocrNoiseChangesARealisticShareOfSyllablesAndKeepsTheLines() throws Exception {
    Path corpus = SynthPlans.corpus();
    double real = SyllableChange.share(
        Files.readAllLines(corpus.resolve(VocabularyBuilder.OCR_TRUTH), StandardCharsets.UTF_8),
        Files.readAllLines(corpus.resolve(VocabularyBuilder.OCR_DAMAGED), StandardCharsets.UTF_8));
    for (PlanGenerator.GeneratedPlan plan : plans(Damage.OCR)) {
      List<String> truth = plan.restoredText().lines().toList();
      List<String> damaged = new String(plan.file(), StandardCharsets.UTF_8).lines().toList();
      assertEquals(truth.size(), damaged.size(), plan.name() + ": line count");
      double share = SyllableChange.share(truth, damaged);
      assertTrue(Math.abs(share - real) < 0.12, String.format("%s: %.2f of syllables changed, the real OCR'd plan"
          + " %.2f", plan.name(), share, real));
    }
  }

  @Test
  void wrappingBreaksLinesBetweenWordsAt70To90Columns() throws Exception {
    for (PlanGenerator.GeneratedPlan plan : plans(Damage.WRAP)) {
      String wrapped = new String(plan.file(), StandardCharsets.UTF_8);
      assertEquals(words(plan.restoredText()), words(wrapped), plan.name() + ": the same words");
      assertTrue(wrapped.lines().count() > plan.restoredText().lines().count(), plan.name());
      int longest = wrapped.lines().filter(line -> !line.contains("\t") && !line.contains("      "))
          .mapToInt(String::length).max().orElse(0);
      assertTrue(longest >= 60 && longest <= 90, plan.name() + ": longest wrapped line " + longest);
    }
  }

  @Test
  void hardWrapNeverBreaksAWord() {
    List<String> lines = HardWrap.wrap("Tăng cường công tác thông tin, tuyên truyền nhằm nâng cao nhận thức", 20);
    assertEquals(List.of("Tăng cường công tác", "thông tin, tuyên", "truyền nhằm nâng cao", "nhận thức"), lines);
  }

  /** Clean plain-text plans given {@code damage}. */
  private static List<PlanGenerator.GeneratedPlan> plans(Damage damage) throws Exception {
    return SynthPlans.generate(new SynthOptions(99, List.of(PlanFormat.TXT), List.of(damage)), PLANS);
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
