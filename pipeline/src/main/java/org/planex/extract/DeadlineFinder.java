package org.planex.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * When things are due, normalised: a day ("Trước ngày 10/8/2025" → {@code 2025-08-10}), a month, a quarter, a
 * year printed as a table cell, a rhythm ("hằng quý, 06 tháng, năm" → {@code quarterly,half-yearly,yearly}), a day
 * within a rhythm ("chậm nhất ngày 10 của tháng cuối quý" → quarterly) and "Thường xuyên" where it times a task.
 */
final class DeadlineFinder {

  /** A deadline as found, before the body and task it binds are known. */
  record Found(String date, String recurrence, String text, int start, int end) {}

  private static final String RHYTHM = "(?:(?:hang|moi)\\s+)?(?:tuan|thang|quy|nam|0?6\\s+thang|ca\\s+nam)(?![a-z])";
  /** Tried only at the start of a word that can open a deadline: the alternation is costly at every position. */
  static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])(?=truoc|cham|den|trong|dinh|hang|moi|quy|thang|nam|"
      + "thuong|0?6\\s)(?:" + String.join("|",
      // 1: a day, with the word that makes it a deadline
      "(?<day>(?:truoc|cham nhat|den|trong)\\s+ngay\\s+(?<d>\\d{1,2})(?:\\s*/\\s*|\\s+thang\\s+)(?<m>\\d{1,2})"
          + "(?:\\s*/\\s*|\\s+nam\\s+)(?<y>\\d{4}))",
      // 2: a day inside a rhythm: "chậm nhất ngày 10 của tháng cuối quý", "trước ngày 20 hằng tháng"
      "(?<inrhythm>(?:truoc|cham nhat)\\s+ngay\\s+\\d{1,2}\\s+(?:cua\\s+)?(?:thang\\s+cuoi(?:\\s+cua)?\\s+"
          + "(?:quy(?:\\s*,\\s*nam)?|ky\\s+bao\\s+cao|nam)|hang\\s+thang))",
      // 3: a rhythm, introduced by "định kỳ" or "hằng"
      // 3a: the reporting periods of a year: "quý I, 6 tháng, 9 tháng và cả năm"
      "(?<periods>quy\\s+I\\s*,\\s*0?6\\s+thang\\s*,\\s*0?9\\s+thang\\s*(?:,|va)\\s*(?:ca\\s+)?nam(?![a-z]))",
      // 3b: … with a day of the period in brackets after the first: "hằng quý (trước ngày 15 …), 06 tháng, năm"
      "(?<rhythm>(?:dinh\\s+ky\\s+)?hang\\s+" + "(?:tuan|thang|quy|nam)(?![a-z])(?:\\s*\\([^)\\n]{1,60}\\))?"
          + "(?:\\s*(?:,|va)\\s*" + RHYTHM + ")*"
          + "|dinh\\s+ky\\s+(?:0?6\\s+thang|tuan|thang|quy|nam)(?![a-z])(?:\\s*(?:,|va)\\s*" + RHYTHM + ")*"
          + "|moi\\s+(?:tuan|thang|quy|nam)(?![a-z]))",
      // 4: a quarter or a month of a year
      "(?<quarter>(?:trong\\s+)?quy\\s+(?<q>IV|III|II|I|iv|iii|ii|i)(?:\\s*/\\s*|\\s+nam\\s+)(?<qy>\\d{4}))",
      "(?<month>(?:trong\\s+)?thang\\s+(?<mm>\\d{1,2})\\s*/\\s*(?<my>\\d{4}))",
      // 5: a bare year or "Thường xuyên" as a whole cell or value ("Năm 2025", "Thời gian thực hiện: Thường xuyên")
      "(?<half>(?<=^|\\n|\\|\\s|:\\s|\\s)0?6\\s+thang\\s+(?<h>cuoi|dau)\\s+nam\\s+(?<hy>\\d{4})(?=\\s*(?:$|\\n|\\||\\.)))",
      // … or as the last cell of a table row whose line break was lost before the next row's number ("Năm 2026 3 | …")
      "(?<year>(?<=^|\\n|\\|\\s|:\\s|\\s)Nam\\s+(?<yy>\\d{4})(?=\\s*(?:$|\\n|\\||\\.|\\d{1,3}\\s*\\|)))",
      "(?<always>Thuong\\s+xuyen(?![a-z]))") + ")", Pattern.CASE_INSENSITIVE);

  /** A day of the period right after a rhythm: "hằng quý trước ngày 15 của tháng cuối quý" is one phrase. */
  private static final Pattern DAY_OF_PERIOD = Pattern.compile("\\s+(?:truoc|cham nhat)\\s+ngay\\s+\\d{1,2}\\s+"
      + "(?:cua\\s+)?thang\\s+cuoi(?:\\s+cua)?\\s+(?:quy|nam|ky\\s+bao\\s+cao)(?![a-z])"
      // … or the day of the week: "hằng tuần, vào sáng thứ Sáu"
      + "|\\s*,?\\s*vao\\s+(?:(?:sang|chieu)\\s+)?(?:thu\\s+(?:hai|ba|tu|nam|sau|bay)|chu\\s+nhat)(?![a-z])",
      Pattern.CASE_INSENSITIVE);
  /** A budget's cycle, not a task's timing: "dự toán hàng năm". */
  private static final Pattern BUDGET_BEFORE = Pattern.compile("(?:du\\s+toan|ngan\\s+sach|kinh\\s+phi)\\s+$",
      Pattern.CASE_INSENSITIVE);
  /** Words after "thường xuyên" that make it a quality of something ("hoạt động thường xuyên trên …"). */
  private static final Set<String> NOT_A_VERB = Set.of("tren", "cua", "va", "voi", "tai", "trong", "cho", "de",
      "nham", "theo", "o", "hon", "nhat", "la");
  private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(\\p{Ll}+)");
  private static final Pattern QUARTER = Pattern.compile("\\bquy\\b");
  private static final Pattern HALF = Pattern.compile("\\b0?6 thang\\b");
  private static final Pattern YEAR = Pattern.compile("\\bnam\\b");
  private static final Pattern RHYTHM_WORD = Pattern.compile("0?6\\s+thang|ca\\s+nam|tuan|thang|quy|nam");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String text;
  private final String folded;

  DeadlineFinder(String text) {
    this.text = text;
    this.folded = AccentFolding.foldAligned(text);
  }

  List<Found> find(int from, int to) {
    List<Found> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(folded).region(from, to);
    while (m.find()) {
      Found found = read(m);
      if (found == null) {
        continue;
      }
      out.add(found);
      int bracket = m.group("rhythm") != null ? folded.indexOf('(', m.start()) : -1;
      if (found.end() > m.end()) {
        m.region(found.end(), to); // the day of the period is part of this phrase
      } else if (bracket >= 0 && bracket < m.end()) {
        m.region(bracket + 1, to); // the bracketed day is a deadline of its own
      }
    }
    return out;
  }

  /** "Thường xuyên" opening a task sets its timing ("Thường xuyên hướng dẫn, tiếp nhận hồ sơ …"). */
  Found continuousAt(int at) {
    return folded.regionMatches(true, at, "thuong xuyen", 0, 12)
        ? new Found(null, "continuous", text.substring(at, at + 12), at, at + 12) : null;
  }

  private Found read(Matcher m) {
    int start = m.start();
    // A lower-case "định kỳ" before "hằng …" is the sentence's, not the deadline's ("báo cáo định kỳ hằng quý").
    if (text.startsWith("định kỳ", start) && folded.regionMatches(true, start + 8, "hang ", 0, 5)) {
      start += 8;
    }
    String quoted = SPACES.matcher(text.substring(start, m.end())).replaceAll(" ");
    if (m.group("day") != null) {
      int d = Integer.parseInt(m.group("d"));
      int mo = Integer.parseInt(m.group("m"));
      if (d < 1 || d > 31 || mo < 1 || mo > 12) {
        return null;
      }
      return new Found(String.format("%s-%02d-%02d", m.group("y"), mo, d), null, quoted, m.start(), m.end());
    }
    if (m.group("inrhythm") != null) {
      String f = m.group("inrhythm").toLowerCase(Locale.ROOT);
      String recurrence = f.contains("hang thang") ? "monthly"
          : f.contains("quy") && f.contains("nam") ? "quarterly,yearly"
          : f.contains("quy") ? "quarterly" : f.contains("ky bao cao") ? rhythmBefore(m.start()) : "yearly";
      return new Found(null, recurrence, quoted, m.start(), m.end());
    }
    if (m.group("periods") != null) {
      return new Found(null, "quarterly,half-yearly,yearly", quoted, m.start(), m.end());
    }
    if (m.group("rhythm") != null) {
      if (BUDGET_BEFORE.matcher(folded.substring(Math.max(0, start - 16), start)).find()) {
        return null;
      }
      String recurrence = recurrences(m.group("rhythm").toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", ""));
      Matcher day = DAY_OF_PERIOD.matcher(folded).region(m.end(), folded.length());
      int end = day.lookingAt() ? day.end() : m.end();
      return recurrence == null ? null
          : new Found(null, recurrence, SPACES.matcher(text.substring(start, end)).replaceAll(" "), start, end);
    }
    if (m.group("quarter") != null) {
      // "quý IV năm 2025" inside a sentence is mostly the plan's own period; as a table or labelled value it is due.
      boolean spelled = folded.substring(m.start(), m.end()).toLowerCase(Locale.ROOT).contains(" nam ");
      if (spelled && !opensValue(m) || quoted.equals(quoted.toUpperCase(Locale.ROOT))) {
        return null;
      }
      String q = switch (m.group("q").toUpperCase(Locale.ROOT)) {
        case "I" -> "1";
        case "II" -> "2";
        case "III" -> "3";
        default -> "4";
      };
      return new Found(m.group("qy") + "-Q" + q, null, quoted, m.start(), m.end());
    }
    if (m.group("month") != null) {
      int mo = Integer.parseInt(m.group("mm"));
      return mo < 1 || mo > 12 ? null
          : new Found(String.format("%s-%02d", m.group("my"), mo), null, quoted, m.start(), m.end());
    }
    if (m.group("half") != null) {
      return opensValue(m) ? new Found(m.group("hy") + (m.group("h").equalsIgnoreCase("dau") ? "-H1" : "-H2"), null,
          quoted, m.start(), m.end()) : null;
    }
    if (m.group("year") != null && !cellValue(m) || m.group("always") != null && !timesATask(m)) {
      return null;
    }
    if (m.group("year") != null) {
      return new Found(m.group("yy"), null, quoted, m.start(), m.end());
    }
    return new Found(null, "continuous", quoted, m.start(), m.end());
  }

  /**
   * Whether a bare year, half-year or "Thường xuyên" stands as a value of its own: opening a line, a table cell or a
   * labelled value, or — capitalised — closing a line, as the time cell of a table row that lost its separators.
   */
  private boolean cellValue(Matcher m) {
    boolean opens = opensValue(m);
    boolean capitalised = Character.isUpperCase(text.charAt(m.start()))
        && !(m.end() > m.start() + 1 && Character.isUpperCase(text.charAt(m.start() + 1)));
    return opens || capitalised
        && (m.end() == text.length() || "\n|".indexOf(text.charAt(m.end())) >= 0 || text.startsWith(".\n", m.end()));
  }

  /**
   * Whether "Thường xuyên" sets when something is done, as the guideline has it: as a value of its own, opening a
   * sentence or an item ("3. Thường xuyên lồng ghép …", "… hành chính. Thường xuyên, kịp thời cập nhật …"), after
   * its subject before the verb ("Các cơ quan, đơn vị thường xuyên rà soát …") or closing a sentence ("… thực hiện
   * thường xuyên."). Not in a list of qualities ("kịp thời, đầy đủ, thường xuyên, liên tục") or as a quality of a
   * thing ("hoạt động thường xuyên trên Cổng …").
   */
  private boolean timesATask(Matcher m) {
    if (cellValue(m)) {
      return true;
    }
    int before = m.start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    char previous = before < 0 ? '\n' : text.charAt(before);
    if (Character.isUpperCase(text.charAt(m.start()))) {
      return "\n|:\t.-+)•".indexOf(previous) >= 0;
    }
    if (previous == ',') {
      return false;
    }
    if (text.startsWith(".", m.end())) {
      return true;
    }
    Matcher next = NEXT_WORD.matcher(folded).region(m.end(), folded.length());
    return next.lookingAt() && !NOT_A_VERB.contains(next.group(1));
  }

  /** Whether the match opens a line, a table cell or a labelled value ("Thời gian thực hiện: …"). */
  private boolean opensValue(Matcher m) {
    int before = m.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before < 0 || "\n|:\t".indexOf(text.charAt(before)) >= 0;
  }

  /** The rhythm words of a phrase, in order, as recurrences; null when it names none. */
  private static String recurrences(String phrase) {
    Set<String> out = new LinkedHashSet<>();
    Matcher w = RHYTHM_WORD.matcher(phrase);
    while (w.find()) {
      String word = SPACES.matcher(w.group()).replaceAll(" ");
      out.add(switch (word) {
        case "tuan" -> "weekly";
        case "thang" -> "monthly";
        case "quy" -> "quarterly";
        case "06 thang", "6 thang" -> "half-yearly";
        default -> "yearly";
      });
    }
    return out.isEmpty() ? null : String.join(",", out);
  }

  /** "… tháng cuối kỳ báo cáo": the rhythm of the reporting periods named earlier in the sentence. */
  private String rhythmBefore(int at) {
    int from = Math.max(0, at - 300);
    String before = folded.substring(from, at).toLowerCase(Locale.ROOT);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    before = before.substring(stop + 1);
    Set<String> out = new LinkedHashSet<>();
    if (QUARTER.matcher(before).find()) {
      out.add("quarterly");
    }
    if (HALF.matcher(before).find()) {
      out.add("half-yearly");
    }
    if (YEAR.matcher(before).find()) {
      out.add("yearly");
    }
    return out.isEmpty() ? null : String.join(",", out);
  }
}
