package org.planex.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.planex.eval.gold.GoldSection;

/**
 * Section boundaries and what is said of each section. A predicted section starts where the gold one does
 * when the words at its offset (after its marker) begin with the gold {@code firstWords}; sections are
 * matched in document order, so the tenth "- Tăng cường …" meets the tenth. On matched sections: label (where
 * the gold has one), level, number and heading.
 */
public final class SectionScorer implements FieldScorer {

  private static final Pattern LEADING_MARKER = Pattern.compile(
      "^\\s*(?:[IVXLC]+\\.|\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\)|[-+•*])\\s+");

  /** A predicted section, flattened, with the words it starts with. */
  private record Found(JsonNode node, String start) {}

  @Override
  public void score(ScoredDocument document, Scorecard card) {
    List<GoldSection> gold = document.gold().sections();
    List<Found> predicted = flatten(document.predicted().path("sections"), document.text());
    for (Matching matching : Matching.values()) {
      SetMatcher.Result result = SetMatcher.inOrder(gold, predicted,
          (g, p) -> matching.same(g.firstWords(), firstWords(p.start(), g.firstWords())));
      card.set("sections", matching, result.counts());
      if (matching == Matching.STRICT) {
        Mismatches.report(card, "sections", document.name(), result, gold, predicted,
            item -> item instanceof GoldSection s ? s.number() + " " + s.firstWords()
                : ((Found) item).node().path("number").asText("") + " " + firstWords(((Found) item).start(), 6));
      }
      int labelled = 0;
      int labelRight = 0;
      int levelRight = 0;
      int numberRight = 0;
      int headingRight = 0;
      for (int[] pair : result.pairs()) {
        GoldSection g = gold.get(pair[0]);
        JsonNode p = predicted.get(pair[1]).node();
        if (g.label() != null) {
          labelled++;
          boolean right = g.label().equals(document.value(p, "/label"));
          labelRight += right ? 1 : 0;
          if (!right && matching == Matching.STRICT) {
            card.mismatch(new Mismatch("sections.label", document.name(), "wrong",
                g.label() + " @ " + g.firstWords(), document.value(p, "/label")));
          }
        }
        levelRight += g.level() == p.path("level").asInt(-1) ? 1 : 0;
        numberRight += matching.same(g.number(), document.value(p, "/number")) ? 1 : 0;
        headingRight += matching.same(g.heading(), document.value(p, "/heading")) ? 1 : 0;
      }
      int matched = result.pairs().size();
      card.accuracy("sections.label", matching, labelRight, labelled);
      card.accuracy("sections.level", matching, levelRight, matched);
      card.accuracy("sections.number", matching, numberRight, matched);
      card.accuracy("sections.heading", matching, headingRight, matched);
    }
  }

  private static List<Found> flatten(JsonNode sections, String text) {
    List<Found> found = new ArrayList<>();
    collect(sections, text, found);
    found.sort(Comparator.comparingInt(f -> f.node().path("start").asInt()));
    return found;
  }

  private static void collect(JsonNode sections, String text, List<Found> into) {
    for (JsonNode section : sections) {
      int start = Math.max(0, Math.min(text.length(), section.path("start").asInt()));
      int end = Math.min(text.length(), start + 400);
      String words = text.substring(start, end);
      if (!section.path("number").isNull() && !section.path("number").isMissingNode()) {
        words = LEADING_MARKER.matcher(words).replaceFirst("");
      }
      into.add(new Found(section, words));
      collect(section.path("children"), text, into);
    }
  }

  /** As many leading words of {@code text} as {@code like} has (or {@code like} words when a number). */
  private static String firstWords(String text, String like) {
    return firstWords(text, like.trim().split("\\s+").length);
  }

  private static String firstWords(String text, int count) {
    String[] words = text.trim().split("\\s+", count + 1);
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(count, words.length)));
  }
}
