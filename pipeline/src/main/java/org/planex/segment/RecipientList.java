package org.planex.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "Nơi nhận" list: one recipient per dash line, without its dash, trailing {@code ;}/{@code .} and purpose
 * markers such as {@code (b/c)}; the {@code Lưu:} line is kept whole.
 */
final class RecipientList {

  private static final Pattern LEAD = Pattern.compile("^(?:N[ơo]i\\s+nh[ậa]n\\s*:?)?\\s*[-–+•]?\\s*");
  private static final Pattern PURPOSE = Pattern.compile("\\s*\\([^()]{0,20}/[^()]{0,20}\\)\\s*$");
  private static final Pattern TRAILING = Pattern.compile("[\\s;.,]+$");
  /** Two columns printed side by side: the right one (the signature) starts after a wide gap. */
  private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");

  private RecipientList() {}

  static List<String> read(List<TextLine> lines, int from, int to) {
    List<String> recipients = new ArrayList<>();
    if (from < 0) {
      return recipients;
    }
    for (int i = from; i < to; i++) {
      if (i > from && lines.get(i).indent() >= TextLine.RIGHT_COLUMN) {
        continue; // the signature column beside the list
      }
      String text = COLUMN_GAP.split(lines.get(i).text(), 2)[0];
      boolean item = i > from ? text.matches("^[-–+•].*") : text.matches("(?i)^n\\S*i\\s+nh\\S*n\\s*:?\\s*[-–+•].*");
      String cleaned = clean(text);
      if (cleaned.isEmpty()) {
        continue;
      }
      if (item) {
        recipients.add(cleaned);
      } else if (!recipients.isEmpty()) {
        // a wrapped recipient line continues the one above it
        String last = recipients.remove(recipients.size() - 1);
        recipients.add(clean(last + " " + cleaned));
      }
    }
    return recipients;
  }

  private static String clean(String line) {
    String text = LEAD.matcher(line.trim()).replaceFirst("");
    text = TRAILING.matcher(text).replaceFirst("");
    text = PURPOSE.matcher(text).replaceFirst("");
    return TRAILING.matcher(text).replaceFirst("").trim();
  }
}
