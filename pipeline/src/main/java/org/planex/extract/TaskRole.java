package org.planex.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * What a task's own wording says about its body's role, which wins over the task's place: "Phối hợp với …" (also
 * after an adverb, "Chủ động phối hợp …") is a supporting task; "Chủ trì, phối hợp với X …" leads and makes X a
 * supporter of the same task.
 */
final class TaskRole {

  private TaskRole() {}

  private static final Pattern SUPPORT =
      Pattern.compile("^(?:(?:chu dong|thuong xuyen|tich cuc|kip thoi)\\s*,?\\s+)?phoi hop(?![a-z])");
  private static final Pattern PARTNER = Pattern.compile("^(?:la co quan thuong truc,\\s*)?chu tri\\s*,\\s*phoi hop voi\\s+");
  /** Where a partner's name ends: after "(có) liên quan", or before the verb of the task. */
  private static final Pattern PARTNER_END = Pattern.compile("(?:co\\s+)?lien\\s+quan(?![a-z])|\\s(?=(?:" + String.join("|",
      "tiep tuc", "dam bao", "trien khai", "tham muu", "tien hanh", "cap nhat", "to chuc", "thuc hien", "xay dung",
      "day manh", "cung cap", "tuyen truyen", "kiem tra", "huong dan", "theo doi", "tong hop", "ra soat", "bien tap",
      "phat", "dang tai", "nang cao", "pho bien", "van dong", "giam sat", "ho tro", "lam", "chi dao", "quan ly",
      "xu ly", "giai quyet", "tap huan", "boi duong", "tham dinh", "bo tri", "lua chon", "niem yet", "cong khai",
      "duy tri", "chi tra", "lap", "van hanh", "ap dung", "tiep nhan", "thu nhan", "so hoa", "khao sat", "danh gia", "hoan thanh", "tham gia", "phan anh",
      "rà soat").replace(" ", "\\s+") + ")(?![a-z]))");

  static boolean isSupport(String task) {
    return SUPPORT.matcher(folded(task)).find();
  }

  /** The partners named by "Chủ trì, phối hợp với X (và Y) …", canonical; empty when none. */
  static java.util.List<String> partners(String task) {
    String name = partner(task);
    return name == null ? java.util.List.of() : BodyName.splitList(name);
  }

  private static String partner(String task) {
    String f = folded(task);
    Matcher m = PARTNER.matcher(f);
    if (!m.find()) {
      return null;
    }
    Matcher end = PARTNER_END.matcher(f).region(m.end(), f.length());
    if (!end.find()) {
      return null;
    }
    int stop = Character.isWhitespace(end.group().isEmpty() ? ' ' : end.group().charAt(0)) ? end.start() : end.end();
    String name = task.substring(m.end(), stop).strip();
    return name.isEmpty() || !BodyName.looksLikeBody(name) ? null : name;
  }

  private static String folded(String task) {
    return AccentFolding.foldAligned(task).toLowerCase(Locale.ROOT);
  }
}
