package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * Numeric targets: a quantity as written ({@code 02}, {@code 1.000}) followed by a unit of output ("tin, bài",
 * "hội nghị", "%" …), with the comparator before it, the period it repeats over and the channel it goes to. Counts
 * of things that exist ("17 Tổ dân phố"), documents ("02 Bộ Quy tắc") and periods ("06 tháng") are not quotas
 * because their nouns are not units of output; a percentage that qualifies for a reward is a threshold, not a target.
 */
final class QuotaFinder {

  /** A quota as found, before the body owing it is known. */
  record Found(String quantity, String unit, String period, String comparator, String channel, String text,
      int start, int end) {}

  private static final String UNITS = String.join("|", "tin\\s*,\\s*bai", "tin\\s+bai", "hoi nghi", "chuyen muc",
      "lop tap huan", "cuoc kiem tra", "cuoc thi", "to gap", "to roi", "phong su", "bang ron", "khau hieu",
      "ban tin", "luot", "buoi", "dot", "lan", "tin", "bai", "lop", "video", "pano", "cuoc");
  private static final Pattern QUOTA = Pattern.compile(
      "(?<![\\p{L}\\p{N}./,])(\\d{1,3}(?:\\.\\d{3})+|\\d{1,4})(?:\\s*(%)|\\s+(" + UNITS + ")(?![\\p{L}]))");
  private static final Pattern COMPARATOR = Pattern.compile(
      "(?:(dat)\\s+)?(toi thieu|it nhat|tren|khong qua|khong thap hon|khong duoi|toi da|duoi)?\\s*$");
  private static final Pattern PERIOD_AFTER =
      Pattern.compile("^[^;.\\n]*?(?:/\\s*(nam|thang|quy|tuan|ngay)(?![a-z])|\\s(moi\\s+(?:nam|thang|quy|tuan)))");
  private static final Pattern PERIOD_BEFORE =
      Pattern.compile("(?:(dinh ky)\\s+)?(hang\\s+(?:nam|thang|quy|tuan))(?![a-z])[^;.\\n]{0,40}$");
  private static final Pattern CHANNEL = Pattern.compile("(?:tren|len|qua|cho)\\s+((?:cong|trang|he thong|dai|song|"
      + "chuyen trang|fanpage)\\s[^;.,\\n]*?)(?=\\s+(?:de|nham|uu tien|bang|ve|voi|gui|tai)\\s|\\s+va\\s+(?!he thong)|"
      + "[;.,\\n(]|$)");
  private static final Pattern REWARD = Pattern.compile("thi (?:duoc )?(?:khen|xet)|duoc khen thuong|xep loai");
  /** A commendation opening the clause: "Biểu dương các ngành có tỷ lệ … đạt 100%" is a threshold, not a target. */
  private static final Pattern COMMENDED = Pattern.compile("(?i)(?:bieu duong|tuyen duong|khen thuong)\\s");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** How far a quota's clause reaches either side: bounded, so a text without stops stays linear to scan. */
  private static final int MAX_CLAUSE = 300;

  private final String text;
  private final String folded;

  QuotaFinder(String text) {
    this.text = text;
    this.folded = AccentFolding.foldAligned(text).toLowerCase(Locale.ROOT);
  }

  List<Found> find(int from, int to) {
    List<Found> out = new ArrayList<>();
    Matcher m = QUOTA.matcher(folded).region(from, to);
    while (m.find()) {
      Found found = read(m, from, to);
      if (found != null) {
        out.add(found);
      }
    }
    return out;
  }

  private Found read(Matcher m, int from, int to) {
    boolean percent = m.group(2) != null;
    int numberStart = m.start(1);
    int unitEnd = m.end();
    int clauseStart = clauseStart(numberStart, from);
    int clauseEnd = clauseEnd(unitEnd, to, percent);
    String unit = percent ? "%" : text.substring(m.start(3), m.end(3));
    String after = folded.substring(unitEnd, clauseEnd);
    if (REWARD.matcher(after).find() || COMMENDED.matcher(folded).region(clauseStart, numberStart).find()) {
      return null;
    }
    String comparator = null;
    int start = numberStart;
    Matcher c = COMPARATOR.matcher(folded).region(Math.max(clauseStart, numberStart - 20), numberStart);
    if (c.find() && c.end() == numberStart && (c.group(1) != null || c.group(2) != null)) {
      int g = c.group(2) != null ? 2 : 1;
      comparator = text.substring(c.start(g), c.end(g)).toLowerCase(Locale.ROOT);
      start = g == 2 ? c.start(2) : numberStart;
    }
    if (percent) {
      // "Tỷ lệ … đạt 80%": the quota phrase starts at the ratio it sets.
      int ratio = folded.substring(clauseStart, numberStart).indexOf("ty le ");
      if (ratio >= 0) {
        start = clauseStart + ratio;
      }
    }
    String period = null;
    Matcher p = PERIOD_AFTER.matcher(after);
    if (p.find()) {
      int g = p.group(1) != null ? 1 : 2;
      period = text.substring(unitEnd + p.start(g), unitEnd + p.end(g));
    } else {
      Matcher before = PERIOD_BEFORE.matcher(folded).region(clauseStart, numberStart);
      if (before.find()) {
        period = text.substring(before.start(2), before.end(2));
        start = Math.min(start, before.group(1) != null ? before.start(1) : before.start(2));
      }
    }
    String channel = null;
    Matcher ch = CHANNEL.matcher(folded).region(unitEnd, clauseEnd);
    if (ch.find()) {
      channel = text.substring(ch.start(1), ch.end(1)).strip();
    }
    String quoted = SPACES.matcher(text.substring(start, clauseEnd).strip()).replaceAll(" ");
    return new Found(text.substring(m.start(1), m.end(1)), unit, period, comparator, channel, quoted, start,
        clauseEnd);
  }

  /** The channel a phrase names ("… trên hệ thống đài truyền thanh" → {@code hệ thống đài truyền thanh}), or null. */
  static String channelIn(String phrase) {
    String f = AccentFolding.foldAligned(phrase).toLowerCase(Locale.ROOT);
    Matcher ch = CHANNEL.matcher(f);
    return ch.find() ? phrase.substring(ch.start(1), ch.end(1)).strip() : null;
  }

  /** Where the clause holding a quota starts: after the last ";", ".", ":" or line break before it. */
  private int clauseStart(int at, int from) {
    int i = at;
    int limit = Math.max(from, at - MAX_CLAUSE);
    while (i > limit && ";:\n|\t".indexOf(text.charAt(i - 1)) < 0
        && !(text.charAt(i - 1) == '.' && i > 1 && !Character.isDigit(text.charAt(i - 2)))) {
      i--;
    }
    return i;
  }

  /** Where it ends: a clause stop, or " và " joining the next clause; commas end a non-percentage clause. */
  private int clauseEnd(int at, int to, boolean percent) {
    int i = at;
    int limit = Math.min(to, at + MAX_CLAUSE);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == ';' || c == '\n' || c == '|' || c == '\t' || c == '.' && (i + 1 >= to || !Character.isDigit(text.charAt(i + 1)))
          || c == ',' && !percent || c == '(' || c == ')') {
        break;
      }
      if (c == ' ' && folded.startsWith(" va ", i) && !folded.startsWith(" va he thong", i)) {
        break;
      }
      i++;
    }
    return i;
  }
}
