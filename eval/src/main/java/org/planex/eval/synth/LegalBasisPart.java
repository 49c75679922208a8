package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.SynthDocument.Style;

/**
 * The legal basis: two to eight real documents, cited "Căn cứ …;" one per paragraph or "Thực hiện …; …" in one
 * paragraph, closed by the sentence that says the commune draws up the plan "như sau:".
 */
final class LegalBasisPart {

  private static final String LABEL = "legal-basis";

  private LegalBasisPart() {}

  static void write(PlanDraft draft) {
    PlanRandom random = draft.random();
    int count = random.between(2, 8);
    int reform = random.between(1, Math.min(3, count));
    List<String> mentions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CitableDocument document = DocumentPicker.pick(draft, i < reform);
      CitationPhrase.Mention mention = CitationPhrase.full(document, random);
      draft.citations().add(document, mention.gold());
      mentions.add(mention.text());
    }
    String closing = draft.wording().any("basis-closing");
    String lead = random.chance(0.5) ? "Căn cứ " : "Thực hiện ";
    if (random.chance(0.4)) {
      for (int i = 0; i < mentions.size(); i++) {
        String text = lead + mentions.get(i) + ";";
        if (i == 0) {
          draft.section(null, 1, null, LABEL, text, Style.BODY);
        } else {
          draft.paragraph(text, Style.BODY);
        }
      }
      draft.paragraph(closing, Style.BODY);
    } else if (random.chance(0.5)) {
      draft.section(null, 1, null, LABEL, lead + String.join("; ", mentions) + ";", Style.BODY);
      draft.paragraph(closing, Style.BODY);
    } else {
      draft.section(null, 1, null, LABEL, lead + String.join("; ", mentions) + ". " + closing, Style.BODY);
    }
  }
}
