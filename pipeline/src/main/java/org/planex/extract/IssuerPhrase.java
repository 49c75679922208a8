package org.planex.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads the issuing body after "của" ({@code của UBND tỉnh Ninh Bình về việc …} → {@code Ủy ban nhân dân tỉnh
 * Ninh Bình}). Vietnamese proper names capitalise the first syllable of each word only ({@code Bộ Khoa học và Công
 * nghệ}), so a lower-case syllable belongs to the name right after a capitalised one; after another lower-case
 * syllable only the fixed words of unit names ({@code nhân dân}, {@code thành phố}, {@code thị trấn} …) go on.
 */
final class IssuerPhrase {

  private IssuerPhrase() {}

  private static final int MAX_WORDS = 16;

  /** Words that start the subject, never part of a name, whatever precedes them. */
  private static final Set<String> STOP = Set.of("về", "ban", "quy", "phê", "sửa", "hướng", "tại", "theo", "ngày",
      "năm", "số", "đã", "được", "trên", "tổ", "thực", "triển", "tiếp", "đẩy", "nâng", "kiểm", "cải", "xây",
      "đổi", "tăng", "sắp", "bảo", "trong", "đối", "cho", "để", "nhằm", "các", "việc", "một", "gửi",
      "giao", "phối", "chủ");

  /** Lower-case words that continue a name after another lower-case word. */
  private static final Set<String> FIXED = Set.of("nhân", "dân", "tỉnh", "thành", "phố", "huyện", "quận", "xã",
      "phường", "thị", "trấn", "đặc", "khu", "khóa", "ương", "vụ", "hội", "đồng", "đạo");

  private static final Set<String> AFTER_UY = Set.of("ban");

  /** The issuer starting at {@code from} in {@code text}, acronyms expanded, or null when none is read. */
  static String read(String text, int from, IntPredicate typeStart) {
    int end = end(text, from, typeStart);
    if (end == from) {
      return null;
    }
    String name = text.substring(from, end).replaceAll("\\s+", " ");
    if (name.endsWith(" và")) {
      name = name.substring(0, name.length() - 3);
    }
    return Acronyms.expand(name);
  }

  /** Where the name starting at {@code from} ends; {@code from} itself when no name starts there. */
  static int end(String text, int from, IntPredicate typeStart) {
    int i = from;
    int n = text.length();
    int end = from;
    int words = 0;
    String previous = null;
    boolean previousCapital = false;
    boolean ministry = false;
    while (i < n && words < MAX_WORDS) {
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      String word = text.substring(start, i);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean accept;
      if (capital && (lower.equals("phê") || lower.equals("ban") && text.startsWith(" hành", i))) {
        accept = false; // "… Thủ tướng Chính phủ Phê duyệt Đề án", "… Ban hành Quy chế": the subject begins
      } else if (capital) {
        accept = words > 0 || !typeStart.test(start);
      } else if (lower.equals("ban") && previous != null && previous.equals("ủy")) {
        accept = true;
      } else if (lower.equals("và")) {
        accept = words > 0 && nextIsName(text, i, typeStart);
      } else if (STOP.contains(lower)) {
        accept = false;
      } else {
        // A ministry's name runs on in lower case ("Bộ Giao thông vận tải", "… Phát triển nông thôn").
        accept = words > 0 && (previousCapital || FIXED.contains(lower) || ministry);
      }
      if (!accept) {
        break;
      }
      ministry |= words == 0 && lower.equals("bộ");
      words++;
      end = i;
      previous = lower;
      previousCapital = capital;
      // One plain space joins the words of a name; anything else ends it — but for a comma inside a ministry's
      // name ("Bộ Văn hóa, Thể thao và Du lịch").
      if (i < n && text.charAt(i) == ' ' && i + 1 < n && isWordChar(text.charAt(i + 1))) {
        i++;
      } else if (ministry && text.startsWith(", ", i) && i + 2 < n && Character.isUpperCase(text.charAt(i + 2))
          && !typeStart.test(i + 2)) {
        i += 2;
      } else {
        break;
      }
    }
    return isCommittee(text, from, end) ? missionEnd(text, end) : end;
  }

  /** Words that end a committee's mission: the cited document's subject, date or place follows. */
  private static final Set<String> MISSION_STOP = Set.of("về", "ngày", "tại", "đã", "được", "theo", "nhằm", "để",
      "và");

  private static final int MAX_MISSION_WORDS = 24;

  /** "Ban Chỉ đạo …": a steering committee is named by its mission, which the plan writes in lower case. */
  private static boolean isCommittee(String text, int from, int end) {
    return text.substring(from, end).toLowerCase(Locale.ROOT).startsWith("ban chỉ đạo");
  }

  /**
   * Where a steering committee's name ends: its mission runs on, through a cited resolution and its issuer,
   * across line breaks, until the subject ("về"), a date or the clause's end ({@code Ban Chỉ đạo tổng kết việc
   * thực hiện Nghị quyết số 18-NQ/TW của Chính phủ về …}).
   */
  private static int missionEnd(String text, int from) {
    int end = from;
    int i = from;
    int n = text.length();
    for (int words = 0; words < MAX_MISSION_WORDS; words++) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i)) && ";,.:()\"“”".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      if (i == start || MISSION_STOP.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        break;
      }
      end = i;
    }
    return end;
  }

  private static boolean nextIsName(String text, int i, IntPredicate typeStart) {
    int next = i + 1;
    return next < text.length() && Character.isUpperCase(text.charAt(next)) && !typeStart.test(next);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
