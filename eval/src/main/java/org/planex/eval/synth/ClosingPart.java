package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.SynthDocument.Style;
import org.planex.model.Metadata;

/**
 * The end of the plan: the closing sentence (sometimes asking the bodies to report difficulties, a task the gold
 * records), "Nơi nhận" with its recipients, and the signature block.
 */
final class ClosingPart {

  private static final List<String> PURPOSES = List.of(" (b/c)", " (để b/c)", " (t/h)", " (p/h t/h)", " (p/h)");
  private static final String REPORTERS = "các cơ quan, đơn vị";

  private ClosingPart() {}

  static void write(PlanDraft draft) {
    closing(draft);
    recipients(draft);
    signature(draft);
  }

  private static void closing(PlanDraft draft) {
    String text = draft.wording().any("closing");
    if (draft.random().chance(0.4)) {
      String task = "kịp thời báo cáo Ủy ban nhân dân " + draft.commune().type() + " (qua "
          + draft.wording().fill("vhxh", false) + ") để xem xét, giải quyết";
      draft.bodies().add(REPORTERS, "lead", task);
      text += ". Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, " + REPORTERS + " " + task;
    }
    draft.section(null, 1, null, "closing", text + "./.", Style.BODY);
  }

  private static void recipients(PlanDraft draft) {
    PlanRandom random = draft.random();
    List<String> gold = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String template : random.pickDistinct(draft.vocabulary().phrases().templates("recipient"),
        random.between(3, 6))) {
      String recipient = draft.wording().expand(template);
      gold.add(recipient);
      lines.add("- " + recipient + (random.chance(0.3) ? random.pick(PURPOSES) : "") + ";");
    }
    String archive = random.pick(List.of("Lưu: VT", "Lưu: VT, VHXH", "Lưu: VT, VH-XH"));
    gold.add(archive);
    lines.add("- " + archive + ".");
    draft.section(null, 1, null, "recipients", "Nơi nhận:", Style.EMPHASIS);
    lines.forEach(line -> draft.paragraph(line, Style.BODY));
    draft.recipients(gold);
  }

  private static void signature(PlanDraft draft) {
    PlanRandom random = draft.random();
    List<String> authority = random.pick(List.of(
        List.of("TM. ỦY BAN NHÂN DÂN"), List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), List.of("KT. CHỦ TỊCH"),
        List.of()));
    String position = authority.contains("KT. CHỦ TỊCH") ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH";
    String name = draft.vocabulary().names().draw(random);
    List<String> lines = new ArrayList<>(authority);
    lines.add(position);
    draft.section(null, 1, null, "signature", lines.getFirst(), Style.EMPHASIS);
    lines.stream().skip(1).forEach(line -> draft.paragraph(line, Style.EMPHASIS));
    for (int i = random.between(1, 4); i > 0; i--) {
      draft.paragraph("", Style.SPACER);
    }
    draft.paragraph(name, Style.EMPHASIS);
    draft.signer(new Metadata.Signer(name, position, authority.isEmpty() ? null : String.join(" / ", authority)));
  }
}
