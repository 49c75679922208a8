package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.PhraseBank.Phrase;
import org.planex.eval.synth.SynthDocument.Grid;
import org.planex.eval.synth.SynthDocument.Style;

/**
 * The appendix table of tasks: task, product (a quota now and then), the body in charge, the supporting body and
 * the time, each row entering a task for both bodies, its quota and its deadline in the gold. Its "Kèm theo" line
 * repeats the plan's number and date, blanks included.
 */
final class AppendixPart {

  static final List<String> COLUMNS = List.of("TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Thời gian thực hiện");
  private static final List<String> LEADS = List.of("vhxh", "vhxh", "vhxh", "office", "service", "supply");
  private static final List<String> SUPPORTS = List.of("office", "vhxh", "service");

  private AppendixPart() {}

  static void write(PlanDraft draft) {
    PlanRandom random = draft.random();
    PlanFacts facts = draft.facts();
    Commune commune = draft.commune();
    draft.section(null, 1, null, "appendix", "PHỤ LỤC", Style.TITLE);
    draft.paragraph(draft.wording().any("appendix-title"), Style.EMPHASIS);
    draft.paragraph("(Kèm theo Kế hoạch số " + facts.printedNumber(random) + " ngày " + facts.printedShortDate()
        + " của UBND " + commune.unit() + ")", Style.BODY);
    draft.identityPrinted();

    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS);
    List<Phrase> tasks = random.pickDistinct(draft.vocabulary().phrases().group("appendix-task"),
        random.between(3, 6));
    for (int i = 0; i < tasks.size(); i++) {
      rows.add(row(draft, i + 1, tasks.get(i)));
    }
    draft.add(new Grid(rows, null));
  }

  private static List<String> row(PlanDraft draft, int number, Phrase phrase) {
    PlanRandom random = draft.random();
    Commune commune = draft.commune();
    Vocabulary vocabulary = draft.vocabulary();
    String task = draft.wording().expand(phrase.template());
    BodyName lead = vocabulary.body(random.pick(LEADS));
    BodyName support = vocabulary.body("related");
    if (random.chance(0.3)) {
      support = vocabulary.body(random.pick(SUPPORTS.stream().filter(k -> !k.equals(lead.key())).toList()));
    }
    String owner = lead.canonical(commune);
    draft.bodies().add(owner, "lead", task);
    draft.bodies().add(support.canonical(commune), "support", task);

    String product = random.pick(vocabulary.phrases().templates("appendix-product"));
    if (!phrase.tags().isEmpty() && random.chance(0.7)) {
      QuotaMention quota = random.pick(vocabulary.quotas(phrase.tags().iterator().next()))
          .mention(commune, vocabulary.channels(), random, true);
      draft.quota(quota.toQuota(owner));
      draft.deadline(quota.deadlineOf(owner, task));
      product = quota.text();
    }
    PlanFacts facts = draft.facts();
    List<DeadlinePattern> cells = vocabulary.deadlines("cell").stream().filter(d -> d.fits(facts.period())).toList();
    DeadlineMention time = random.pick(cells).mention(facts.period(), facts.issued(), random, true);
    draft.deadline(time.toDeadline(owner, task));
    return List.of(String.valueOf(number), task, product, lead.printed(commune, random),
        support.printed(commune, random), time.printed());
  }
}
