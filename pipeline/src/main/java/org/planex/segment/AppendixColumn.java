package org.planex.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * The normalised names of an appendix table's columns: {@code TT} → {@code number}, {@code Nhiệm vụ} →
 * {@code task}, {@code Sản phẩm} → {@code product}, {@code Cơ quan chủ trì} → {@code lead}, {@code Cơ quan phối
 * hợp} → {@code support}, {@code Thời gian thực hiện} → {@code time}; any other header is kept as written, in
 * lower case.
 */
final class AppendixColumn {

  static final String NUMBER = "number";
  static final String TASK = "task";
  static final String PRODUCT = "product";
  static final String LEAD = "lead";
  static final String SUPPORT = "support";
  static final String TIME = "time";

  private record Name(String key, String folded) {}

  private static final String BODY = "(?:co quan|don vi|bo phan|phong, ban|phong ban)";
  /** Accent-folded header wordings; the first that matches a whole header names it. */
  private static final List<Name> NAMES = List.of(
      new Name(NUMBER, "s?tt|so tt|so thu tu"),
      new Name(TASK, "(?:ten )?nhiem vu(?: cu the| trong tam)?|noi dung(?: cong viec| nhiem vu| thuc hien)?"
          + "|cong viec|hoat dong"),
      new Name(PRODUCT, "san pham(?: dau ra)?|ket qua(?: dau ra)?"),
      new Name(LEAD, BODY + "? ?chu tri(?: thuc hien)?"),
      new Name(SUPPORT, BODY + "? ?phoi hop(?: thuc hien)?"),
      new Name(TIME, "thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?"));

  /** Headers that are not named above but may still be split off a flattened header line. */
  private static final String OTHER = "ghi chu|kinh phi|nguon kinh phi|du kien kinh phi";

  /** A flattened header: the header words one after another, e.g. {@code TT Nhiệm vụ Sản phẩm Cơ quan …}. */
  private static final Pattern FLAT_HEADER;

  static {
    StringBuilder any = new StringBuilder();
    for (Name name : NAMES) {
      any.append(any.isEmpty() ? "" : "|").append(name.folded());
    }
    FLAT_HEADER = Pattern.compile("(" + any + "|" + OTHER + ")(?: |$)");
  }

  private AppendixColumn() {}

  /** The column key of one header cell. */
  static String key(String header) {
    String written = header.replaceAll("\\s+", " ").trim();
    String folded = fold(written);
    for (Name name : NAMES) {
      if (folded.matches(name.folded())) {
        return name.key();
      }
    }
    return written.toLowerCase(Locale.ROOT);
  }

  /**
   * The columns of a header whose cells were flattened into one run of words, or null when some words name no
   * column this class knows (the run cannot then be split safely).
   */
  static List<String> splitFlattened(String header) {
    String written = header.replaceAll("\\s+", " ").trim();
    String folded = fold(written);
    Matcher m = FLAT_HEADER.matcher(folded);
    List<String> keys = new java.util.ArrayList<>();
    int at = 0;
    while (at < folded.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      keys.add(key(written.substring(m.start(1), m.end(1))));
      at = m.end();
    }
    return keys;
  }

  /** Whether a table with these columns lists tasks: a task column and someone or something to do it. */
  static boolean tasksTable(List<String> keys) {
    return keys.contains(TASK) && (keys.contains(LEAD) || keys.contains(TIME) || keys.contains(PRODUCT));
  }

  private static String fold(String text) {
    return AccentFolding.fold(text).toLowerCase(Locale.ROOT).replaceAll("[.:()*]", "").replaceAll("\\s+", " ")
        .trim();
  }
}
