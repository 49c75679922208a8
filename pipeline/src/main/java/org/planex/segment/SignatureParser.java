package org.planex.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planex.model.Metadata;

/**
 * Reads the signature block: authority prefix lines ({@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH}), the
 * position (the last title line above the name) and the signer's name.
 */
final class SignatureParser {

  private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\s?\\.\\s*");

  private SignatureParser() {}

  /** @param beside the block is printed beside the recipients: only right-hand cells belong to it */
  static Metadata.Signer parse(List<TextLine> lines, int from, int to, boolean beside) {
    if (from < 0) {
      return null;
    }
    List<String> authority = new ArrayList<>();
    String position = null;
    String name = null;
    for (int i = from; i < to && name == null; i++) {
      String cell = beside ? lines.get(i).rightCell() : lines.get(i).text();
      if (cell == null) {
        continue;
      }
      String text = cell.replace("*", "").trim();
      if (text.isEmpty() || text.startsWith("(") || text.startsWith("[")) {
        continue;
      }
      if (AUTHORITY.matcher(text).find()) {
        authority.add(AUTHORITY.matcher(text).replaceFirst(m -> m.group(1) + ". "));
      } else if (HeadingReader.isCapitals(text)) {
        position = text;
      } else if (position != null || !authority.isEmpty()) {
        name = text;
      }
    }
    if (position == null && !authority.isEmpty()) {
      // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" prints the position as the last authority-like line.
      position = authority.remove(authority.size() - 1);
    }
    return new Metadata.Signer(name, position, authority.isEmpty() ? null : String.join(" / ", authority));
  }
}
