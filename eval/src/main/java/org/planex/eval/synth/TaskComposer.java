package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tasks a plan gives a body, from the templates of the phrase bank, and enters in the gold what they
 * carry: the task itself, the bodies a "Chủ trì, phối hợp với …" makes supporters, and the quotas and deadlines in
 * it, all owed by the body.
 */
final class TaskComposer {

  private final PlanDraft draft;
  /** Bodies a support slot can name: the plan's other bodies, and groups named as written. */
  private final List<BodyName> supporters;

  TaskComposer(PlanDraft draft, List<BodyName> supporters) {
    this.draft = draft;
    this.supporters = List.copyOf(supporters);
  }

  /** Writes one task of {@code lead} (in {@code role}) from {@code template} and returns its text. */
  String compose(String template, BodyName lead, String role) {
    Commune commune = draft.commune();
    PlanRandom random = draft.random();
    List<QuotaMention> quotas = new ArrayList<>();
    List<DeadlineMention> deadlines = new ArrayList<>();
    List<String> supports = new ArrayList<>();
    String text = Template.expand(template, (name, atStart) -> {
      if (name.equals("support")) {
        BodyName supporter = otherThan(lead);
        supports.add(supporter.canonical(commune));
        return supporter.printed(commune, random);
      }
      if (name.equals("other")) {
        return otherThan(lead).printed(commune, random);
      }
      if (name.startsWith("quota:")) {
        QuotaMention quota = random.pick(draft.vocabulary().quotas(name.substring(6)))
            .mention(commune, draft.vocabulary().channels(), random, atStart);
        quotas.add(quota);
        return quota.text();
      }
      if (name.startsWith("deadline:")) {
        DeadlineMention deadline = deadline(name.substring(9), atStart);
        deadlines.add(deadline);
        return deadline.printed();
      }
      return draft.wording().fill(name, atStart);
    }, random);

    String owner = lead.canonical(commune);
    draft.bodies().add(owner, role, text);
    for (String supporter : supports) {
      draft.bodies().add(supporter, "support", text);
    }
    for (QuotaMention quota : quotas) {
      draft.quota(quota.toQuota(owner));
      draft.deadline(quota.deadlineOf(owner, text));
    }
    for (DeadlineMention deadline : deadlines) {
      draft.deadline(deadline.toDeadline(owner, text));
    }
    return text;
  }

  private DeadlineMention deadline(String kind, boolean atStart) {
    PlanFacts facts = draft.facts();
    List<DeadlinePattern> fitting = draft.vocabulary().deadlines(kind).stream()
        .filter(d -> d.fits(facts.period())).toList();
    return draft.random().pick(fitting).mention(facts.period(), facts.issued(), draft.random(), atStart);
  }

  private BodyName otherThan(BodyName lead) {
    List<BodyName> others = supporters.stream().filter(b -> !b.key().equals(lead.key())).toList();
    return draft.random().pick(others);
  }
}
