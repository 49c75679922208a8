package org.planex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.diacritics.DiacriticsStage;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.Citation;
import org.planex.model.PlanDocument;
import org.planex.segment.SegmentStage;

/**
 * Citations of the OCR'd Tiên Lãng plan as the pipeline reads it: ingested, restored by the diacritics stage with
 * the committed model, segmented and extracted — the target ("after restoration") on the stage's own
 * restoration, not on the hand-restored gold text.
 */
class RestoredTienLangTest {

  @Test
  void recallThroughThePipelinesOwnRestorationIsAtLeastNinetyPercent() throws Exception {
    PlanDocument ingested = new LocalIngester(IngestLimits.DEFAULT).ingest(Corpus.plan("tien-lang-19-KH-UBND.txt"));
    PlanDocument document = new ExtractStage().apply(new SegmentStage().apply(new DiacriticsStage().apply(ingested)));
    JsonNode gold = new ObjectMapper().readTree(
        Corpus.root().resolve("corpus/annotations/tien-lang-19-KH-UBND.json").toFile());
    Map<String, Citation> found = new HashMap<>();
    for (Citation c : document.citations()) {
      found.put(c.type() + " " + c.number(), c);
    }
    int total = 0;
    int hit = 0;
    for (JsonNode c : gold.path("citations")) {
      total++;
      hit += found.containsKey(c.path("type").asText() + " " + c.path("number").asText()) ? 1 : 0;
    }
    assertTrue(total > 0 && hit >= 0.9 * total, hit + " of " + total + " found: " + found.keySet());
    // "Quyết định 56 468/Qb-TTg" in the scan: "số" and "Đ" as OCR reads them.
    assertEquals("Thủ tướng Chính phủ", found.get("Quyết định 468/QĐ-TTg").issuer());
  }
}
