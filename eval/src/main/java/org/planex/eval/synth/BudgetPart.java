package org.planex.eval.synth;

import org.planex.eval.synth.SynthDocument.Style;

/** Where the money comes from: a Roman section, or a numbered one inside the organisation section. */
final class BudgetPart {

  private BudgetPart() {}

  /** As a Roman section. */
  static void write(PlanDraft draft) {
    String title = draft.random().chance(0.5) ? "KINH PHÍ" : "KINH PHÍ THỰC HIỆN";
    draft.heading(draft.nextRoman(), 1, title, "budget", Style.HEADING);
    draft.paragraph(draft.wording().any("budget"), Style.BODY);
  }

  /** As item {@code number} at {@code level}, inside another section. */
  static void writeNested(PlanDraft draft, String number, int level) {
    draft.heading(number, level, "Kinh phí thực hiện", "budget", Style.SUBHEADING);
    draft.paragraph(draft.wording().any("budget"), Style.BODY);
  }
}
