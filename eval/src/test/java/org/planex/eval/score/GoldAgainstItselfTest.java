package org.planex.eval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.gold.GoldSection;
import org.planex.eval.gold.TrueText;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanJson;

/**
 * Every bundled gold file, turned into the prediction a perfect pipeline would make (sections placed at their
 * first words in the plan's text), scores 100% on every field; with one citation and one section taken away,
 * exactly those are missed. This ties the scorers to the real gold files, not only to hand-made examples.
 */
class GoldAgainstItselfTest {

  private static final List<FieldScorer> SCORERS = List.of(new MetadataScorer(), new SectionScorer(),
      new CitationScorer(), new BodyScorer(), new QuotaScorer(), new DeadlineScorer());
  private static List<AnnotatedPlan> plans;
  private static List<String> texts;

  @BeforeAll
  static void load() throws Exception {
    plans = AnnotatedCorpus.load(Path.of("../corpus")).plans();
    try (LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT)) {
      List<String> read = new java.util.ArrayList<>();
      for (AnnotatedPlan plan : plans) {
        read.add(TrueText.of(plan, ingester).replaceAll("\\s+", " "));
      }
      texts = read;
    }
  }

  /** What a perfect pipeline would write for {@code plan}, minus {@code dropped} citations and sections. */
  private static ObjectNode oracle(AnnotatedPlan plan, String text, int dropped) {
    ObjectNode predicted = PlanJson.mapper().createObjectNode();
    predicted.set("metadata", PlanJson.mapper().valueToTree(plan.gold().metadata()));
    ArrayNode sections = predicted.putArray("sections");
    int from = 0;
    List<GoldSection> gold = plan.gold().sections();
    for (int i = 0; i < gold.size(); i++) {
      GoldSection section = gold.get(i);
      int start = text.indexOf(section.firstWords().replaceAll("\\s+", " "), from);
      from = start + 1;
      if (i < dropped) {
        continue;
      }
      ObjectNode node = PlanJson.mapper().valueToTree(section);
      node.put("start", start);
      sections.add(node);
    }
    ArrayNode citations = PlanJson.mapper().valueToTree(plan.gold().citations());
    for (int i = 0; i < dropped && !citations.isEmpty(); i++) {
      citations.remove(0);
    }
    predicted.set("citations", citations);
    predicted.set("bodies", PlanJson.mapper().valueToTree(plan.gold().bodies()));
    predicted.set("quotas", PlanJson.mapper().valueToTree(plan.gold().quotas()));
    predicted.set("deadlines", PlanJson.mapper().valueToTree(plan.gold().deadlines()));
    return predicted;
  }

  private static Scorecard score(int dropped) {
    Scorecard card = new Scorecard();
    for (int i = 0; i < plans.size(); i++) {
      AnnotatedPlan plan = plans.get(i);
      ScoredDocument document = new ScoredDocument(plan.name(), plan.gold(), oracle(plan, texts.get(i), dropped),
          texts.get(i));
      for (FieldScorer scorer : SCORERS) {
        scorer.score(document, card);
      }
    }
    return card;
  }

  @Test
  void aPerfectPredictionScoresOneOnEveryField() {
    Scorecard card = score(0);
    for (FieldScore score : card.scores()) {
      assertEquals(1.0, score.headline(), 1e-9, score.field() + " " + score.matching() + " " + score.micro());
    }
    assertEquals(List.of(), card.mismatches());
  }

  @Test
  void droppedItemsAreExactlyTheMisses() {
    FieldScore citations = score(1).scores().stream()
        .filter(s -> s.field().equals("citations") && s.matching() == Matching.STRICT).findFirst().orElseThrow();
    long documentsWithCitations = plans.stream().filter(p -> !p.gold().citations().isEmpty()).count();
    int allCitations = plans.stream().mapToInt(p -> p.gold().citations().size()).sum();
    assertEquals(new Counts((int) (allCitations - documentsWithCitations), 0, (int) documentsWithCitations),
        citations.micro());
    FieldScore sections = score(1).scores().stream()
        .filter(s -> s.field().equals("sections") && s.matching() == Matching.STRICT).findFirst().orElseThrow();
    assertEquals(plans.size(), sections.micro().fn());
    assertEquals(0, sections.micro().fp());
    assertTrue(sections.micro().recall() < 1);
  }
}
