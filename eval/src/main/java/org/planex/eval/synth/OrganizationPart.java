package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planex.eval.synth.SynthDocument.Style;
import org.planex.eval.synth.PhraseBank.Phrase;

/**
 * "Tổ chức thực hiện": a numbered paragraph per body with the tasks the plan gives it (leads first, then the
 * bodies asked with "Đề nghị …", then the village heads), directly under the Roman heading or under
 * "Phân công nhiệm vụ" after a budget item.
 */
final class OrganizationPart {

  private static final String REQUESTED = "requested";

  private final PlanDraft draft;
  private final Set<String> usedTemplates = new HashSet<>();

  private OrganizationPart(PlanDraft draft) {
    this.draft = draft;
  }

  /**
   * @param withBudget whether the budget goes inside this section (as "1. Kinh phí thực hiện") rather than in a
   *     Roman section of its own
   */
  static void write(PlanDraft draft, boolean withBudget) {
    new OrganizationPart(draft).write(withBudget);
  }

  private void write(boolean withBudget) {
    PlanRandom random = draft.random();
    String title = random.chance(0.85) ? "TỔ CHỨC THỰC HIỆN" : "PHÂN CÔNG NHIỆM VỤ";
    draft.heading(draft.nextRoman(), 1, title, "organization", Style.HEADING);
    int level = 2;
    ListItems bodyMarkers = ListItems.NUMBER;
    if (withBudget) {
      BudgetPart.writeNested(draft, "1.", 2);
      draft.heading("2.", 2, "Phân công nhiệm vụ", "organization", Style.SUBHEADING);
      level = 3;
      bodyMarkers = ListItems.LETTER;
    }
    List<BodyName> leads = leads();
    List<BodyName> supporters = new ArrayList<>(leads.stream().filter(b -> !b.isGroup()).toList());
    supporters.add(draft.vocabulary().body("partners"));
    supporters.add(draft.vocabulary().body("peers"));
    TaskComposer tasks = new TaskComposer(draft, supporters);
    int index = 0;
    for (BodyName lead : leads) {
      if (assign(lead, tasks, random.between(1, 4), bodyMarkers.marker(index), level, withBudget)) {
        index++;
      }
    }
    requested(bodyMarkers, index, level, withBudget);
  }

  /**
   * A paragraph headed by {@code lead} with up to {@code count} tasks; nothing when no task suits it any more.
   *
   * @return whether the paragraph was written
   */
  private boolean assign(BodyName lead, TaskComposer tasks, int count, String marker, int level, boolean nested) {
    List<Phrase> templates = templatesFor(lead, count);
    if (templates.isEmpty()) {
      return false;
    }
    String printed = lead.printed(draft.commune(), draft.random());
    String heading = !lead.isGroup() && draft.random().chance(0.15) ? "Giao " + printed : printed;
    draft.heading(marker, level, heading, null, Style.SUBHEADING);
    List<String> texts = new ArrayList<>();
    for (Phrase phrase : templates) {
      texts.add(tasks.compose(phrase.template(), lead, "lead"));
    }
    items(texts, level + 1, nested);
    return true;
  }

  /** The bodies that lead tasks, in the order plans list them. */
  private List<BodyName> leads() {
    PlanRandom random = draft.random();
    Vocabulary vocabulary = draft.vocabulary();
    List<BodyName> leads = new ArrayList<>();
    leads.add(vocabulary.body("vhxh"));
    if (random.chance(0.9)) {
      leads.add(random.chance(0.3) ? 0 : leads.size(), vocabulary.body("office"));
    }
    String[][] optional = {{"economy", "0.6"}, {"urban", "0.6"}, {"service", "0.5"}, {"supply", "0.35"},
        {"police", "0.2"}, {"military", "0.15"}};
    for (String[] body : optional) {
      BodyName name = vocabulary.body(body[0]);
      if (name.suits(draft.commune()) && random.chance(Double.parseDouble(body[1]))) {
        leads.add(name);
      }
    }
    if (random.chance(0.4)) {
      leads.add(vocabulary.body(random.chance(0.5) ? "departments" : "agencies"));
    }
    return leads;
  }

  /** The bodies asked rather than ordered, and the village heads, at the end. */
  private void requested(ListItems markers, int index, int level, boolean nested) {
    PlanRandom random = draft.random();
    Vocabulary vocabulary = draft.vocabulary();
    int next = index;
    if (random.chance(0.8)) {
      List<BodyName> asked = new ArrayList<>(List.of(vocabulary.body("front")));
      if (random.chance(0.6)) {
        asked.add(vocabulary.body(random.chance(0.6) ? "unions" : "associations"));
      }
      List<String> printed = asked.stream().map(b -> b.printed(draft.commune(), random)).toList();
      draft.heading(markers.marker(next++), level, "Đề nghị " + String.join(" và ", printed), null,
          Style.SUBHEADING);
      List<String> texts = new ArrayList<>();
      for (String template : random.pickDistinct(vocabulary.phrases().templates("requested-task"),
          random.between(1, 3))) {
        String text = draft.wording().expand(template);
        for (BodyName body : asked) {
          draft.bodies().add(body.canonical(draft.commune()), REQUESTED, text);
        }
        texts.add(text);
      }
      items(texts, level + 1, nested);
    }
    BodyName villages = vocabulary.body(draft.commune().isWard() ? "quarters" : "villages");
    if (random.chance(0.35)) {
      TaskComposer tasks = new TaskComposer(draft, List.of(vocabulary.body("partners")));
      assign(villages, tasks, random.between(1, 2), markers.marker(next), level, nested);
    }
  }

  /** A body's tasks: one unmarked paragraph, or dashes (letters too when no letters mark the bodies). */
  private void items(List<String> texts, int level, boolean lettersTaken) {
    PlanRandom random = draft.random();
    if (texts.size() == 1 && random.chance(0.35)) {
      draft.paragraph(texts.getFirst() + ".", Style.BODY);
      return;
    }
    ListItems markers = lettersTaken || random.chance(0.75) ? ListItems.DASH : ListItems.LETTER;
    markers.write(draft, level, texts);
  }

  /** Up to {@code count} task templates that suit {@code body} and this plan has not used. */
  private List<Phrase> templatesFor(BodyName body, int count) {
    List<Phrase> suitable = draft.vocabulary().phrases().group("task").stream()
        .filter(p -> p.tags().contains(body.key()) && !usedTemplates.contains(p.template())).toList();
    List<Phrase> chosen = draft.random().pickDistinct(suitable, count);
    chosen.forEach(p -> usedTemplates.add(p.template()));
    return chosen;
  }
}
