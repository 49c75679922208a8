package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.gold.GoldDocument;
import org.planex.eval.gold.GoldMetadata;
import org.planex.eval.gold.GoldSection;
import org.planex.eval.synth.SynthDocument.Block;
import org.planex.eval.synth.SynthDocument.SectionStart;
import org.planex.model.Metadata;

/**
 * The gold of a composed plan: its metadata, and its sections read off the layout in the arrangement the written
 * format shows (a two-column header reads row by row in a text file, column by column in a DOCX), each with the
 * first six words of its own text after its marker.
 */
public final class GoldAssembler {

  private static final int FIRST_WORDS = 6;

  private GoldAssembler() {}

  /**
   * @param restoredText the file in {@code annotations/} holding the plan's true text, or null when the plan file
   *     itself is that text
   */
  public static GoldDocument assemble(String name, ComposedPlan plan, PlainText.Arrangement arrangement,
      String restoredText, String notes) {
    return new GoldDocument(name, true, metadata(plan), sections(plan.document(), arrangement), plan.citations(),
        plan.bodies(), plan.quotas(), plan.deadlines(), restoredText, notes);
  }

  private static GoldMetadata metadata(ComposedPlan plan) {
    PlanFacts facts = plan.facts();
    Commune commune = facts.commune();
    boolean printed = plan.identityPrinted();
    return new GoldMetadata(HeaderPart.KIND, printed ? facts.goldNumber() : null,
        printed ? facts.goldSymbol() : null, printed ? facts.goldDate() : null,
        printed ? facts.goldPartialDate() : null,
        facts.header() == PlanFacts.Header.NONE ? null : commune.name(), "Ủy ban nhân dân " + commune.unit(),
        new Metadata.Unit(commune.type(), commune.name()), commune.province(), plan.title(), facts.period().text(),
        plan.signer(), plan.recipients());
  }

  private static List<GoldSection> sections(SynthDocument document, PlainText.Arrangement arrangement) {
    List<GoldSection> sections = new ArrayList<>();
    SectionStart open = null;
    List<String> words = new ArrayList<>();
    for (Block block : document.blocks()) {
      if (block.section() != null) {
        if (open != null) {
          sections.add(section(open, words));
        }
        open = block.section();
        words.clear();
      }
      if (open == null || words.size() >= FIRST_WORDS) {
        continue;
      }
      boolean first = block.section() != null;
      for (String line : PlainText.blockLines(block, arrangement)) {
        String text = first && open.number() != null ? line.substring(open.number().length()) : line;
        first = false;
        for (String word : text.strip().split("\\s+")) {
          if (!word.isEmpty() && words.size() < FIRST_WORDS) {
            words.add(word);
          }
        }
      }
    }
    if (open != null) {
      sections.add(section(open, words));
    }
    return sections;
  }

  private static GoldSection section(SectionStart start, List<String> words) {
    return new GoldSection(start.number(), start.level(), start.heading(), start.label(), String.join(" ", words));
  }
}
