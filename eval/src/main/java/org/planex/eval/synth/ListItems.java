package org.planex.eval.synth;

import java.util.List;
import org.planex.eval.synth.SynthDocument.Style;

/** The numbered and bulleted items of a plan: how each style marks item i, and how a list of them is written. */
enum ListItems {
  DASH, PLUS, LETTER, NUMBER;

  // Vietnamese lists skip f, j, w and z and put đ after d.
  private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

  /** The marker of item {@code index} (from 0): "-", "+", "a)", "1.". */
  String marker(int index) {
    return switch (this) {
      case DASH -> "-";
      case PLUS -> "+";
      case LETTER -> LETTERS.charAt(index % LETTERS.length()) + ")";
      case NUMBER -> (index + 1) + ".";
    };
  }

  /**
   * Writes {@code items} as sections at {@code level}, each closed by ";" and the last by "." (or each by "."), as
   * running text without a heading.
   */
  void write(PlanDraft draft, int level, List<String> items) {
    boolean semicolons = draft.random().chance(0.6);
    for (int i = 0; i < items.size(); i++) {
      String end = semicolons && i < items.size() - 1 ? ";" : ".";
      draft.section(marker(i), level, null, null, items.get(i) + end, Style.BODY);
    }
  }

  /** Dashes most of the time, letters now and then. */
  static ListItems bullets(PlanRandom random) {
    return random.chance(0.75) ? DASH : LETTER;
  }
}
