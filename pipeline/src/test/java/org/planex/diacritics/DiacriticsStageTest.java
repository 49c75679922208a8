package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.model.PlanDocument;
import org.planex.model.Source;
import org.planex.model.Warning;
import org.planex.text.AccentFolding;

class DiacriticsStageTest {

  private static final String PLAN = "thuong-xuan-2025.txt";
  private final DiacriticsStage stage = new DiacriticsStage(TinyModel.without(PLAN));

  private static PlanDocument ingested(String text) {
    return PlanDocument.ingested(new Source("test.txt", null, "text/plain", null, null, 0, null), text, List.of(),
        List.of(), List.of(), List.of());
  }

  @Test
  void fillsTextWithTheSameOffsetsAndFlagsUncertainChanges() {
    String stripped = AccentFolding.fold(Corpus.read(PLAN));
    PlanDocument document = stage.apply(ingested(stripped));
    assertEquals(stripped, document.originalText());
    assertEquals(stripped.length(), document.text().length());
    assertTrue(document.warnings().stream().anyMatch(w -> w.code().equals("restored")));
    for (Warning warning : document.warnings()) {
      assertEquals("diacritics", warning.stage());
      if (warning.start() != null) {
        String original = stripped.substring(warning.start(), warning.end());
        String restored = document.text().substring(warning.start(), warning.end());
        assertTrue(warning.message().startsWith(original + " restored as " + restored), warning.message());
      }
    }
  }

  @Test
  void anAccentedPlanComesThroughUnchangedAndQuiet() {
    String text = Corpus.read("viet-khe-2025-h2.txt");
    PlanDocument document = stage.apply(ingested(text));
    assertEquals(text, document.text());
    assertTrue(document.warnings().isEmpty());
  }

  @Test
  void aDocumentWithoutTextStaysWithoutText() {
    PlanDocument document = ingested(null);
    assertNull(stage.apply(document).text());
  }

  @Test
  void runsFirstAfterIngestion() {
    assertEquals("diacritics", stage.name());
    assertTrue(stage.requires().isEmpty());
  }
}
