package org.planex.eval.synth;

import org.planex.eval.synth.SynthDocument.Style;

/** The first Roman section: purposes, requirements and sometimes the audience of the plan. */
final class AimsPart {

  private AimsPart() {}

  static void write(PlanDraft draft) {
    PlanRandom random = draft.random();
    boolean audience = random.chance(0.3);
    String purpose = random.chance(0.7) ? "Mục đích" : "Mục tiêu";
    String title = purpose.toUpperCase(java.util.Locale.ROOT) + ", YÊU CẦU" + (audience ? " VÀ ĐỐI TƯỢNG" : "");
    draft.heading(draft.nextRoman(), 1, title, "purpose", Style.HEADING);
    ListItems bullets = ListItems.bullets(random);

    draft.heading("1.", 2, purpose, "purpose", Style.SUBHEADING);
    bullets.write(draft, 3, draft.wording().distinct("purpose", random.between(2, 4)));
    draft.heading("2.", 2, "Yêu cầu", "requirements", Style.SUBHEADING);
    bullets.write(draft, 3, draft.wording().distinct("requirement", random.between(2, 4)));
    if (audience) {
      draft.heading("3.", 2, random.chance(0.5) ? "Đối tượng" : "Đối tượng tuyên truyền", "audience",
          Style.SUBHEADING);
      draft.paragraph(draft.wording().any("audience"), Style.BODY);
    }
  }
}
