package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.SynthDocument.Style;

/**
 * What the plan will say and how: one Roman section with "1. Nội dung" and "2. Hình thức", or a Roman section for
 * each with numbered items; a content item now and then opens a sub-list ("… gồm:" then "+" items).
 */
final class ContentPart {

  private ContentPart() {}

  static void write(PlanDraft draft) {
    PlanRandom random = draft.random();
    if (random.chance(0.65)) {
      String title = random.pick(List.of("NỘI DUNG, HÌNH THỨC", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
          "NỘI DUNG, HÌNH THỨC THÔNG TIN, TUYÊN TRUYỀN"));
      draft.heading(draft.nextRoman(), 1, title, "content", Style.HEADING);
      draft.heading("1.", 2, random.pick(List.of("Nội dung", "Nội dung tuyên truyền",
          "Nội dung thông tin, tuyên truyền")), "content", Style.SUBHEADING);
      if (random.chance(0.5)) {
        draft.paragraph(draft.wording().any("content-lead"), Style.BODY);
      }
      contentItems(draft, ListItems.bullets(random), 3, random.chance(0.3) ? ListItems.PLUS : null);
      draft.heading("2.", 2, random.chance(0.5) ? "Hình thức" : "Hình thức tuyên truyền", "forms",
          Style.SUBHEADING);
      ListItems.bullets(random).write(draft, 3, draft.wording().distinct("forms", random.between(3, 6)));
    } else {
      draft.heading(draft.nextRoman(), 1, "NỘI DUNG TUYÊN TRUYỀN", "content", Style.HEADING);
      contentItems(draft, ListItems.NUMBER, 2, random.chance(0.3) ? ListItems.DASH : null);
      draft.heading(draft.nextRoman(), 1, "HÌNH THỨC TUYÊN TRUYỀN", "forms", Style.HEADING);
      ListItems.NUMBER.write(draft, 2, draft.wording().distinct("forms", random.between(3, 5)));
    }
  }

  /** Content items; with {@code subItems}, one of them introduces a sub-list marked that way. */
  private static void contentItems(PlanDraft draft, ListItems items, int level, ListItems subItems) {
    PlanRandom random = draft.random();
    List<String> texts = new ArrayList<>(draft.wording().distinct("content", random.between(3, 7)));
    int listAt = subItems == null ? -1 : random.below(texts.size() + 1);
    boolean semicolons = random.chance(0.6);
    int index = 0;
    for (int i = 0; i <= texts.size(); i++) {
      if (i == listAt) {
        draft.section(items.marker(index++), level, null, null, draft.wording().any("content-list"), Style.BODY);
        subItems.write(draft, level + 1, draft.wording().distinct("content-sub", random.between(2, 4)));
      }
      if (i < texts.size()) {
        String end = semicolons && i < texts.size() - 1 ? ";" : ".";
        draft.section(items.marker(index++), level, null, null, texts.get(i) + end, Style.BODY);
      }
    }
  }
}
