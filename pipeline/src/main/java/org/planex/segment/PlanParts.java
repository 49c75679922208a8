package org.planex.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the unnumbered parts of a plan begin, as line indexes ({@code -1} when absent): the header block, the
 * kind line and subject lines, the legal basis, the numbered body and the closing parts after it.
 *
 * @param titleEnd index of the first line after the subject lines
 * @param bodyEnd index of the first line after the numbered body (the first closing part, or the line count)
 */
record PlanParts(int header, int kind, int titleEnd, int legalBasis, int body, int bodyEnd, int closing,
    int recipients, int signature, int appendix, boolean signatureBeside) {

  private static final Pattern KIND = Pattern.compile("^[#*\\s]*ke hoach[*\\s]*$");
  private static final Pattern AUTHORITY = Pattern.compile("^(tm|kt|q|tl|tuq)\\s?\\.");
  private static final Pattern POSITION = Pattern.compile("^(pho )?chu tich$");
  /** "Nơi nhận", also as OCR reads it ("Noi nhin"). */
  private static final Pattern RECIPIENTS = Pattern.compile("^n[o0]i nh\\S{1,2}n\\b");
  private static final Pattern SEPARATOR = Pattern.compile("^[-_*=.\\s]+$");
  /** How far into a plan its kind line may be: the header is never longer. */
  private static final int HEADER_LINES = 60;

  static PlanParts find(List<TextLine> lines) {
    int kind = -1;
    for (int i = 0; i < Math.min(HEADER_LINES, lines.size()) && kind < 0; i++) {
      if (KIND.matcher(lines.get(i).folded()).matches()) {
        kind = i;
      }
    }
    int header = -1;
    if (kind >= 0) {
      header = nextNonBlank(lines, 0);
    }
    int titleEnd = kind < 0 ? 0 : titleEnd(lines, kind);
    int body = -1;
    for (int i = titleEnd; i < lines.size() && body < 0; i++) {
      NumberingStyle.Marker marker = NumberingStyle.find(lines.get(i).text());
      if (marker != null && !marker.style().bullet() && marker.style() != NumberingStyle.LETTER) {
        body = i;
      } else if (closingLine(lines.get(i))) {
        break;
      }
    }
    int legalBasis = nextNonBlank(lines, titleEnd);
    if (legalBasis >= 0 && body >= 0 && legalBasis >= body) {
      legalBasis = -1;
    }
    if (legalBasis >= 0 && body < 0 && !opener(lines.get(legalBasis))) {
      legalBasis = -1;
    }
    int closing = -1;
    int recipients = -1;
    int signature = -1;
    int appendix = -1;
    for (int i = Math.max(body, titleEnd); i < lines.size(); i++) {
      TextLine line = lines.get(i);
      String folded = line.folded();
      if (closing < 0 && recipients < 0 && folded.startsWith("tren day la")) {
        closing = i;
      } else if (recipients < 0 && RECIPIENTS.matcher(folded).find()) {
        recipients = i;
      } else if (signature < 0 && (recipients >= 0 || closing >= 0) && signatureLine(line)) {
        signature = i;
      } else if (appendix < 0 && (recipients >= 0 || closing >= 0 || signature >= 0)
          && folded.startsWith("phu luc") && line.text().equals(line.text().toUpperCase())) {
        appendix = i;
      }
    }
    boolean beside = false;
    if (signature < 0 && recipients >= 0) {
      // Printed beside the recipients: the signature is the right-hand column of the "Nơi nhận" lines.
      int to = appendix >= 0 ? appendix : lines.size();
      for (int i = recipients; i < to && signature < 0; i++) {
        if (lines.get(i).rightCell() != null && signatureLine(lines.get(i).right())) {
          signature = i;
          beside = true;
        }
      }
    }
    if (closing < 0) {
      closing = closingParagraph(lines, Math.max(body, titleEnd), firstOf(recipients, signature, appendix));
    }
    int bodyEnd = lines.size();
    for (int part : new int[] {closing, recipients, signature, appendix}) {
      if (part >= 0 && part < bodyEnd) {
        bodyEnd = part;
      }
    }
    return new PlanParts(header, kind, titleEnd, legalBasis, body, bodyEnd, closing, recipients, signature,
        appendix, beside);
  }

  /**
   * A closing without "Trên đây là …" is still the paragraph ending in {@code ./.} (the end-of-text mark) right
   * before the recipients or the signature; it begins after the last line that ends a sentence or is numbered.
   */
  private static int closingParagraph(List<TextLine> lines, int from, int to) {
    if (to < 0) {
      return -1;
    }
    int last = to - 1;
    while (last > from && lines.get(last).blank()) {
      last--;
    }
    if (last <= from || !lines.get(last).text().endsWith("./.")) {
      return -1;
    }
    int start = last;
    for (int i = last - 1; i > from; i--) {
      TextLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      String text = line.text();
      if (NumberingStyle.find(text) != null || text.endsWith(".") || text.endsWith(":") || text.endsWith(";")) {
        break;
      }
      start = i;
    }
    return NumberingStyle.find(lines.get(start).text()) == null ? start : -1;
  }

  private static int firstOf(int... indexes) {
    int first = -1;
    for (int index : indexes) {
      if (index >= 0 && (first < 0 || index < first)) {
        first = index;
      }
    }
    return first;
  }

  /** The first line of the signature block: an authority prefix or a bare position, printed in capitals. */
  static boolean signatureLine(TextLine line) {
    String folded = line.folded().replace("*", "").trim();
    boolean capitals = line.text().equals(line.text().toUpperCase());
    return capitals && (AUTHORITY.matcher(folded).find() || POSITION.matcher(folded).matches());
  }

  /** A line opening the legal basis or the sentence announcing the plan. */
  static boolean opener(TextLine line) {
    String folded = line.folded();
    return folded.startsWith("can c") || folded.startsWith("thuc hien") || folded.startsWith("theo ");
  }

  private static boolean closingLine(TextLine line) {
    return line.folded().startsWith("tren day la") || line.folded().startsWith("noi nhan");
  }

  /**
   * The subject lines follow the kind line. They may be split by blank lines ("… nhà nước" / blank / "của xã
   * Việt Khê …"), so a blank line ends them only when the next line does not continue in lower case.
   */
  private static int titleEnd(List<TextLine> lines, int kind) {
    int taken = 0;
    int i = kind + 1;
    int end = kind + 1;
    boolean afterBlank = false;
    while (i < lines.size() && taken < 4) {
      TextLine line = lines.get(i);
      if (line.blank()) {
        afterBlank = taken > 0;
        i++;
        continue;
      }
      if (SEPARATOR.matcher(line.text()).matches()) {
        return i + 1;
      }
      if (opener(line) || NumberingStyle.find(line.text()) != null
          || (afterBlank && !Character.isLowerCase(firstLetter(line.text())))) {
        break;
      }
      taken++;
      i++;
      end = i;
      afterBlank = false;
    }
    return end;
  }

  static char firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  static int nextNonBlank(List<TextLine> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }
}
