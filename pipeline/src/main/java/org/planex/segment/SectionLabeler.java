package org.planex.segment;

import java.util.List;
import java.util.Locale;
import org.planex.text.AccentFolding;

/**
 * Names the part a heading announces, from the fixed vocabulary of ANNOTATION.md. A heading naming two parts
 * takes the label of the first one named, so the earliest keyword wins. Matching is on folded text so that a
 * plan without diacritics is labelled too.
 */
final class SectionLabeler {

  private record Keyword(String folded, String label) {}

  private static final List<Keyword> KEYWORDS = List.of(
      new Keyword("muc dich", "purpose"),
      new Keyword("muc tieu", "purpose"),
      new Keyword("chi tieu", "purpose"),
      new Keyword("yeu cau", "requirements"),
      new Keyword("doi tuong", "audience"),
      new Keyword("noi dung", "content"),
      new Keyword("hinh thuc", "forms"),
      new Keyword("giai phap", "solutions"),
      new Keyword("to chuc thuc hien", "organization"),
      new Keyword("phan cong nhiem vu", "organization"),
      new Keyword("trach nhiem thuc hien", "organization"),
      new Keyword("kinh phi", "budget"));

  private SectionLabeler() {}

  /** The label of a section with this heading, or null when it names none of the parts. */
  static String label(String heading) {
    if (heading == null) {
      return null;
    }
    String folded = AccentFolding.fold(heading).toLowerCase(Locale.ROOT);
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Keyword keyword : KEYWORDS) {
      int at = folded.indexOf(keyword.folded());
      if (at >= 0 && at < bestAt) {
        bestAt = at;
        best = keyword.label();
      }
    }
    return best;
  }
}
