package org.planex.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Metadata;

/**
 * Reads the header facts of a plan: kind, number, date and place from the header block, title and period from
 * the subject lines, issuer and unit from the header or the text, the signer and the recipients from the
 * closing parts. Matching is on accent-folded lines where OCR damage is common ({@code S6:}, {@code ndm}).
 */
final class HeaderParser {

  private static final Pattern NUMBER = Pattern.compile(
      "(?:^|\\s)s[o6]\\s*:\\s*(\\d*)\\s*/\\s*([a-z0-9][a-z0-9\\-]*(?:/[a-z0-9\\-]+)*)");
  private static final Pattern DATE = Pattern.compile(
      ",?\\s*ngay\\s*(\\d{0,2})\\s*thang\\s*(\\d{0,2})\\s*n\\S{1,2}m\\s*(\\d{4})");
  private static final Pattern PERIOD = Pattern.compile(
      "(?:(?:\\d+|sáu) tháng (?:đầu|cuối) năm \\d{4}|những tháng (?:đầu|cuối) năm \\d{4}|quý [IV]+(?: năm |/)\\d{4}"
          + "|giai đoạn \\d{4}\\s*-\\s*\\d{4}|năm \\d{4})");
  private static final Pattern ATTACHED_TO = Pattern.compile(
      "kem theo ke hoach so\\s*(\\d*)\\s*/\\s*([a-z0-9][a-z0-9\\-]*)\\s+ngay\\s*(\\d{0,2})\\s*/\\s*(\\d{0,2})\\s*/\\s*(\\d{4})");
  private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");

  private HeaderParser() {}

  static Metadata parse(String text, List<TextLine> lines, PlanParts parts) {
    List<TextLine> header = parts.header() >= 0 && parts.kind() > parts.header()
        ? lines.subList(parts.header(), parts.kind()) : List.of();
    String number = null;
    String symbol = null;
    String date = null;
    String partialDate = null;
    String place = null;
    List<String> leftColumn = new ArrayList<>();
    boolean numberSeen = false;
    for (TextLine line : header) {
      String folded = line.folded();
      boolean sameLength = folded.length() == line.text().length();
      int placeFrom = 0;
      Matcher n = NUMBER.matcher(folded);
      if (n.find() && sameLength) {
        numberSeen = true;
        String printedSymbol = line.text().substring(n.start(2), n.end(2)).toUpperCase(Locale.ROOT);
        if (n.group(1).isEmpty()) {
          symbol = printedSymbol;
        } else {
          number = n.group(1) + "/" + printedSymbol;
        }
        placeFrom = n.end();
      }
      Matcher d = DATE.matcher(folded);
      if (d.find() && sameLength) {
        date = isoDate(d.group(3), d.group(2), d.group(1));
        partialDate = date != null ? null : partialDate(d.group(3), d.group(2));
        String before = line.text().substring(Math.min(placeFrom, d.start()), d.start());
        String[] cells = COLUMN_GAP.split(before.trim());
        place = cells[cells.length - 1].replace("*", "").trim();
        place = place.isEmpty() ? null : place;
      }
      if (!numberSeen && n.hitEnd() && !d.find(0)) {
        leftColumn.add(leftCell(line));
      }
    }
    if (number == null && symbol == null && parts.appendix() >= 0) {
      // Without a printed header, the appendix's "(Kèm theo Kế hoạch số …/KH-UBND ngày …)" names the plan itself.
      for (TextLine line : lines.subList(parts.appendix(), Math.min(lines.size(), parts.appendix() + 6))) {
        Matcher m = ATTACHED_TO.matcher(line.folded());
        if (m.find() && line.folded().length() == line.text().length()) {
          String printedSymbol = line.text().substring(m.start(2), m.end(2)).toUpperCase(Locale.ROOT);
          number = m.group(1).isEmpty() ? null : m.group(1) + "/" + printedSymbol;
          symbol = m.group(1).isEmpty() ? printedSymbol : null;
          if (date == null && partialDate == null) {
            date = isoDate(m.group(5), m.group(4), m.group(3));
            partialDate = date != null ? null : partialDate(m.group(5), m.group(4));
          }
          break;
        }
      }
    }
    String title = title(lines, parts);
    IssuerReader.Issuer issuer = IssuerReader.fromHeader(leftColumn);
    if (issuer == null) {
      issuer = IssuerReader.fromText(text);
    }
    int closingEnd = parts.appendix() >= 0 ? parts.appendix() : lines.size();
    Metadata.Signer signer = SignatureParser.parse(lines, parts.signature(), closingEnd, parts.signatureBeside());
    int recipientsEnd = parts.signature() > parts.recipients() && !parts.signatureBeside() ? parts.signature() : closingEnd;
    List<String> recipients = RecipientList.read(lines, parts.recipients(), recipientsEnd);
    Metadata.Unit unit = issuer == null ? null : issuer.unit();
    return new Metadata(parts.kind() >= 0 ? "KẾ HOẠCH" : null, number, symbol, date, partialDate, place,
        issuer == null ? null : issuer.issuer(), unit, ProvinceResolver.resolve(text, unit, date, partialDate, place),
        title, period(title), signer, recipients);
  }

  /** The issuer's cell of a header line: what comes before the national motto printed beside it. */
  private static String leftCell(TextLine line) {
    int cut = line.text().length();
    for (String motto : List.of("cong hoa", "doc lap")) {
      int at = line.folded().indexOf(motto);
      if (at >= 0 && at < cut && line.folded().length() == line.text().length()) {
        cut = at;
      }
    }
    return line.text().substring(0, cut).trim();
  }

  private static String title(List<TextLine> lines, PlanParts parts) {
    if (parts.kind() < 0) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    for (int i = parts.kind() + 1; i < parts.titleEnd(); i++) {
      String text = lines.get(i).text().replaceAll("^#+\\s*", "").replace("**", "").trim();
      if (!text.isEmpty()) {
        title.append(title.isEmpty() ? "" : " ").append(text);
      }
    }
    return title.isEmpty() ? null : title.toString().replaceAll("\\s+", " ");
  }

  private static String period(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = PERIOD.matcher(title);
    return m.find() ? m.group() : null;
  }

  private static String isoDate(String year, String month, String day) {
    if (day.isEmpty() || month.isEmpty()) {
      return null;
    }
    return "%s-%02d-%02d".formatted(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  private static String partialDate(String year, String month) {
    return month.isEmpty() ? year : "%s-%02d".formatted(year, Integer.parseInt(month));
  }
}
