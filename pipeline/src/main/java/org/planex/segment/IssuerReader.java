package org.planex.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Metadata;

/**
 * Finds the issuing body and its administrative unit — in the header's left column when there is one, else in
 * the text ("UBND xã Việt Khê xây dựng Kế hoạch …").
 */
final class IssuerReader {

  /** The issuer and unit together: the issuer is the unit's People's Committee. */
  record Issuer(String issuer, Metadata.Unit unit) {}

  /** A proper name: up to four capitalised words. */
  static final String NAME = "(\\p{Lu}[\\p{L}']*(?:[ \\t]+\\p{Lu}[\\p{L}']*){0,3})";
  /** A unit's committee; a number after the name belongs to it only if such a unit exists ("xã A Lưới 1"). */
  private static final Pattern UNIT_IN_TEXT = Pattern.compile(
      "(?:UBND|Ủy\\s+ban\\s+nhân\\s+dân|ỦY\\s+BAN\\s+NHÂN\\s+DÂN)\\s+(xã|phường|thị\\s+trấn|đặc\\s+khu)\\s+" + NAME
          + "(?:[ \\t]+(\\d{1,2})(?![\\d/.,]\\d))?");
  private static final Pattern UNIT_LINE = Pattern.compile(
      "^(?:UBND\\s+)?(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+(\\S.*)$");
  private static final Pattern ANNOUNCES = Pattern.compile("^\\s*(?:xây dựng|ban hành)");

  private IssuerReader() {}

  /** From the left column of the header lines (before the kind line), or null when it names no unit. */
  static Issuer fromHeader(List<String> leftColumn) {
    for (String line : leftColumn) {
      Matcher m = UNIT_LINE.matcher(line.replace("*", "").trim());
      if (m.matches()) {
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String name = titleCase(m.group(2).trim());
        return new Issuer("Ủy ban nhân dân " + type + " " + name, new Metadata.Unit(type, name));
      }
    }
    return null;
  }

  /** The unit whose committee announces the plan, else the first unit committee the text names. */
  static Issuer fromText(String text) {
    Matcher m = UNIT_IN_TEXT.matcher(text);
    Issuer first = null;
    while (m.find()) {
      String type = m.group(1).replaceAll("\\s+", " ");
      String numbered = m.group(3) == null ? null : m.group(2) + " " + m.group(3);
      boolean withNumber = numbered != null && Gazetteer.bundled().known(type, numbered);
      String name = withNumber ? numbered : m.group(2);
      int end = withNumber ? m.end() : m.end(2);
      Issuer issuer = new Issuer("Ủy ban nhân dân " + type + " " + name, new Metadata.Unit(type, name));
      if (ANNOUNCES.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
        return issuer;
      }
      if (first == null) {
        first = issuer;
      }
    }
    return first;
  }

  /** {@code TIÊN LÃNG} → {@code Tiên Lãng}; a name already in title case is kept. */
  static String titleCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
