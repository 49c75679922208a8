package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.gold.GoldDeadline;
import org.planex.eval.synth.SynthDocument.Block;
import org.planex.eval.synth.SynthDocument.Paragraph;
import org.planex.eval.synth.SynthDocument.SectionStart;
import org.planex.eval.synth.SynthDocument.Style;
import org.planex.model.Metadata;
import org.planex.model.Quota;

/**
 * A plan being written: the blocks so far and, kept in step with them, what its gold will say. The parts of a plan
 * ({@link HeaderPart}, {@link OrganizationPart} …) write into it in reading order.
 */
final class PlanDraft {

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

  private final PlanFacts facts;
  private final Vocabulary vocabulary;
  private final PlanRandom random;
  private final List<Block> blocks = new ArrayList<>();
  private final CitationLedger citations = new CitationLedger();
  private final BodyLedger bodies = new BodyLedger();
  private final List<Quota> quotas = new ArrayList<>();
  private final List<GoldDeadline> deadlines = new ArrayList<>();
  private final PlanWording wording;
  private final boolean repeatsARomanNumber;
  private int romans;
  private boolean repeated;
  private boolean identityPrinted;
  private String title;
  private Metadata.Signer signer;
  private List<String> recipients = List.of();

  PlanDraft(PlanFacts facts, Vocabulary vocabulary, PlanRandom random) {
    this.facts = facts;
    this.vocabulary = vocabulary;
    this.random = random;
    this.wording = new PlanWording(this);
    // Real plans now and then print a Roman numeral twice (Tiên Lãng has III. twice); the gold keeps it.
    this.repeatsARomanNumber = random.chance(0.04);
  }

  PlanFacts facts() {
    return facts;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  PlanRandom random() {
    return random;
  }

  PlanWording wording() {
    return wording;
  }

  Commune commune() {
    return facts.commune();
  }

  void add(Block block) {
    blocks.add(block);
  }

  /** A paragraph that starts no section. */
  void paragraph(String text, Style style) {
    blocks.add(new Paragraph(text, style, null));
  }

  /** A paragraph that starts a section; {@code text} follows the number (when there is one) after a space. */
  void section(String number, int level, String heading, String label, String text, Style style) {
    String printed = number == null ? text : number + " " + text;
    blocks.add(new Paragraph(printed, style, new SectionStart(number, level, heading, label)));
  }

  /** A heading of its own: the text is the heading, with the colon some plans add. */
  void heading(String number, int level, String heading, String label, Style style) {
    section(number, level, heading, label, facts.colonHeadings() ? heading + ":" : heading, style);
  }

  /** The next Roman numeral with its dot. */
  String nextRoman() {
    if (repeatsARomanNumber && !repeated && romans >= 2 && random.chance(0.5)) {
      repeated = true;
      return ROMAN[romans - 1] + ".";
    }
    return ROMAN[romans++] + ".";
  }

  CitationLedger citations() {
    return citations;
  }

  BodyLedger bodies() {
    return bodies;
  }

  void quota(Quota quota) {
    quotas.add(quota);
  }

  void deadline(GoldDeadline deadline) {
    if (deadline != null) {
      deadlines.add(deadline);
    }
  }

  /** The plan prints its own number and date somewhere (header or appendix), blanks and all. */
  void identityPrinted() {
    identityPrinted = true;
  }

  void title(String title) {
    this.title = title;
  }

  void signer(Metadata.Signer signer) {
    this.signer = signer;
  }

  void recipients(List<String> recipients) {
    this.recipients = List.copyOf(recipients);
  }

  /** What was written, for {@link GoldAssembler}. */
  ComposedPlan finish() {
    SynthDocument document = new SynthDocument(blocks, facts.blankLines(), facts.headingStyles());
    return new ComposedPlan(facts, document, identityPrinted, title, signer, recipients, citations.citations(),
        bodies.bodies(), List.copyOf(quotas), List.copyOf(deadlines));
  }

  static SectionStart start(String number, int level, String heading, String label) {
    return new SectionStart(number, level, heading, label);
  }
}
