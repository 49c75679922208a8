package org.planex.eval.synth;

/** Writes a whole synthetic plan, part by part in reading order, with its gold kept in step. */
public final class PlanComposer {

  private final Vocabulary vocabulary;

  public PlanComposer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public ComposedPlan compose(PlanRandom random) {
    PlanDraft draft = new PlanDraft(PlanFacts.draw(vocabulary, random), vocabulary, random);
    HeaderPart.write(draft);
    LegalBasisPart.write(draft);
    AimsPart.write(draft);
    ContentPart.write(draft);
    if (random.chance(0.4)) {
      SolutionsPart.write(draft);
    }
    // The budget: its own Roman section before or after the organisation, inside it, or not stated.
    double budget = random.unit();
    if (budget < 0.3) {
      BudgetPart.write(draft);
    }
    OrganizationPart.write(draft, budget >= 0.3 && budget < 0.5);
    if (budget >= 0.5 && budget < 0.75) {
      BudgetPart.write(draft);
    }
    ClosingPart.write(draft);
    if (random.chance(0.35)) {
      AppendixPart.write(draft);
    }
    return draft.finish();
  }
}
