package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.model.Quota;

/**
 * Fills phrase templates with this plan's words: its unit, period and province, how it prints a body it only
 * mentions, and the annotated slots running text may hold ({@code {scope}} quotas, {@code {cite}} documents), which
 * are entered in the draft's gold as they are written.
 */
final class PlanWording {

  private final PlanDraft draft;

  PlanWording(PlanDraft draft) {
    this.draft = draft;
  }

  /** A template of the phrase bank, filled. */
  String expand(String template) {
    return Template.expand(template, this::fill, draft.random());
  }

  /** A random template of {@code group}, filled. */
  String any(String group) {
    return expand(draft.random().pick(draft.vocabulary().phrases().templates(group)));
  }

  /** {@code count} different templates of {@code group}, filled. */
  List<String> distinct(String group, int count) {
    List<String> texts = new ArrayList<>();
    for (String template : draft.random().pickDistinct(draft.vocabulary().phrases().templates(group), count)) {
      texts.add(expand(template));
    }
    return texts;
  }

  /** What a slot of running text holds; tasks add slots of their own on top ({@link TaskComposer}). */
  String fill(String name, boolean atStart) {
    Commune commune = draft.commune();
    PlanRandom random = draft.random();
    String word = switch (name) {
      case "u" -> commune.type();
      case "n" -> commune.name();
      case "U" -> commune.unit();
      case "period" -> draft.facts().period().text();
      case "PERIOD" -> draft.facts().period().inCapitals();
      case "province" -> commune.provinceUnit();
      case "hamlet" -> hamlet();
      case "villages" -> random.between(5, 28) + " " + hamlet();
      case "vhxh" -> draft.vocabulary().body("vhxh").printed(commune, random);
      case "scope" -> scope(atStart);
      case "cite" -> cite();
      default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
    };
    return atStart ? Template.capitalize(word) : word;
  }

  String hamlet() {
    return draft.commune().isWard() ? "tổ dân phố" : "thôn";
  }

  private String scope(boolean atStart) {
    List<QuotaPattern> patterns = draft.vocabulary().quotas("scope");
    QuotaMention mention = draft.random().pick(patterns).mention(draft.commune(), draft.vocabulary().channels(),
        draft.random(), atStart);
    Quota quota = mention.toQuota(null); // the plan's own reach: no body owes it
    draft.quota(quota);
    return mention.text();
  }

  /** A document for the running text: now and then one the legal basis cited already, in short. */
  private String cite() {
    List<CitableDocument> cited = draft.citations().documents();
    PlanRandom random = draft.random();
    CitableDocument document;
    CitationPhrase.Mention mention;
    if (!cited.isEmpty() && random.chance(0.35)) {
      document = random.pick(cited);
      mention = CitationPhrase.brief(document, random);
    } else {
      document = DocumentPicker.pick(draft, random.chance(0.6));
      mention = CitationPhrase.full(document, random);
    }
    draft.citations().add(document, mention.gold());
    return mention.text();
  }
}
