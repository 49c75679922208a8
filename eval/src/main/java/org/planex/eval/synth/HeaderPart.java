package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planex.eval.synth.SynthDocument.Columns;
import org.planex.eval.synth.SynthDocument.Style;

/**
 * The top of a plan: the two-column block (issuer and number / motto, place and date), or only the number and
 * date lines, or nothing; then the kind and the title, wrapped over two lines now and then.
 */
final class HeaderPart {

  static final String KIND = "KẾ HOẠCH";
  private static final String HEADER = "header";

  private HeaderPart() {}

  static void write(PlanDraft draft) {
    PlanFacts facts = draft.facts();
    PlanRandom random = draft.random();
    Commune commune = draft.commune();
    String number = "Số: " + facts.printedNumber(random);
    String placeAndDate = commune.name() + ", " + facts.printedDate(random);
    switch (facts.header()) {
      case TWO_COLUMNS -> {
        List<String> left = List.of("ỦY BAN NHÂN DÂN", commune.unit().toUpperCase(Locale.ROOT), number);
        String motto = random.chance(0.7) ? "Độc lập - Tự do - Hạnh phúc" : "Độc lập – Tự do – Hạnh phúc";
        List<String> right = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto, placeAndDate);
        draft.add(new Columns(left, right, PlanDraft.start(null, 1, null, HEADER)));
        draft.identityPrinted();
      }
      case NUMBER_LINES -> {
        draft.section(null, 1, null, HEADER, number, Style.BODY);
        draft.paragraph(placeAndDate, Style.BODY);
        draft.identityPrinted();
      }
      case NONE -> { } // the kind line opens the header section below
    }
    if (facts.header() == PlanFacts.Header.NONE) {
      draft.section(null, 1, null, HEADER, KIND, Style.TITLE);
    } else {
      draft.paragraph(KIND, Style.TITLE);
    }
    String title = draft.wording().any("title");
    draft.title(title);
    for (String line : lines(title, random)) {
      draft.paragraph(line, Style.SUBTITLE);
    }
  }

  /** The title on one line, or broken before a word near its middle as long titles are printed. */
  private static List<String> lines(String title, PlanRandom random) {
    if (title.length() < 60 || random.chance(0.5)) {
      return List.of(title);
    }
    int cut = title.indexOf(' ', title.length() / 2);
    List<String> lines = new ArrayList<>();
    lines.add(title.substring(0, cut));
    lines.add(title.substring(cut + 1));
    return lines;
  }
}
