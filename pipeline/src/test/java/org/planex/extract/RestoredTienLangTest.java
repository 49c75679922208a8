package org.planex.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.model.Citation;

/**
 * Citations of the OCR'd Tiên Lãng plan once its text is restored: the diacritics stage is not on this branch, so
 * the hand-restored gold text stands in for its output, as the target ("after restoration") reads.
 */
class RestoredTienLangTest {

  @Test
  void recallOnTheRestoredTextIsAtLeastNinetyPercent() throws Exception {
    String restored = Files.readString(Corpus.root().resolve("corpus/annotations/tien-lang.restored.txt"));
    JsonNode gold = new ObjectMapper().readTree(
        Corpus.root().resolve("corpus/annotations/tien-lang-19-KH-UBND.json").toFile());
    Set<String> found = new HashSet<>();
    for (Citation c : CitationExtractor.citations(restored)) {
      found.add(c.type() + " " + c.number());
    }
    int total = 0;
    int hit = 0;
    for (JsonNode c : gold.path("citations")) {
      total++;
      hit += found.contains(c.path("type").asText() + " " + c.path("number").asText()) ? 1 : 0;
    }
    assertTrue(total > 0 && hit >= 0.9 * total, hit + " of " + total + " found: " + found);
  }
}
