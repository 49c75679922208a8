package org.planex.eval.synth;

import java.util.List;
import org.planex.eval.synth.SynthDocument.Style;

/** The optional Roman section of solutions: numbered running-text items. */
final class SolutionsPart {

  private SolutionsPart() {}

  static void write(PlanDraft draft) {
    PlanRandom random = draft.random();
    String title = random.pick(List.of("GIẢI PHÁP THỰC HIỆN", "NHIỆM VỤ VÀ GIẢI PHÁP"));
    draft.heading(draft.nextRoman(), 1, title, "solutions", Style.HEADING);
    List<String> items = draft.wording().distinct("solutions", random.between(3, 5));
    for (int i = 0; i < items.size(); i++) {
      draft.section(ListItems.NUMBER.marker(i), 2, null, null, items.get(i), Style.BODY);
    }
  }
}
