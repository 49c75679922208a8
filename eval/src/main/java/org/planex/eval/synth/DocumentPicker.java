package org.planex.eval.synth;

import java.util.List;

/** Chooses the next document a plan cites: real, not cited yet, and issued before the plan. */
final class DocumentPicker {

  private DocumentPicker() {}

  /**
   * @param reform whether to take one of the reform documents the seed plans cite, rather than one from the legal
   *     code (when no reform document is left, the legal code serves)
   */
  static CitableDocument pick(PlanDraft draft, boolean reform) {
    Vocabulary vocabulary = draft.vocabulary();
    PlanRandom random = draft.random();
    List<CitableDocument> pool = reform ? vocabulary.reformDocuments()
        : random.chance(0.75) ? vocabulary.administrativeCode() : vocabulary.legalCode();
    for (int attempt = 0; attempt < 40; attempt++) {
      CitableDocument document = random.pick(pool);
      if (!draft.citations().cites(document) && issuedBefore(document, draft)) {
        return document;
      }
    }
    return reform ? pick(draft, false) : random.pick(vocabulary.legalCode());
  }

  private static boolean issuedBefore(CitableDocument document, PlanDraft draft) {
    return document.date() == null || document.date().isBefore(draft.facts().issued());
  }
}
