package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * Canonical names of responsible bodies: acronyms expanded, the paired domain of Văn hóa - Xã hội joined with a
 * hyphen however it is spelled, dashes of every width one hyphen, the commune's proper name after the unit word
 * dropped ({@code Văn phòng HĐND và UBND xã Việt Khê} → {@code Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã}).
 */
public final class BodyName {

  private BodyName() {}

  /** Words a body's name starts with (accent-folded, lower case), after an optional "Đề nghị". */
  private static final Pattern HEAD = Pattern.compile("(?i)^(?:thu truong |lanh dao )?(?:cac |toan the )?"
      + "(?:phong|van phong|trung tam|uy ban|ubnd|ban|cong an|quan su|ban chi huy|doan|hoi(?! nghi)|tram|truong|dai|"
      + "dang uy|bo phan|can bo|cong chuc|to(?! chuc (?:cong|thuc|cac|hoi))|thon|chi hoi|mat tran|mttq|hop tac xa|buu dien|don|co quan|don vi|"
      + "nganh|doanh nghiep|to chuc|khoi|chi bo|nha van hoa|thu vien)(?![a-z])");

  private static final Pattern CAPITALISED =
      Pattern.compile("(?:ủy ban|bộ phận|phòng|văn phòng|đài|trung tâm|công an|trạm|đoàn|hội|khối)(?!\\p{L})");
  private static final Pattern UNIT_THEN_NAME =
      Pattern.compile("(?<=\\s)(xã|phường|thị trấn|đặc khu)(?:\\s+(?:\\p{Lu}\\p{L}*|\\d+))+$");
  private static final Pattern CULTURE_SOCIETY =
      Pattern.compile("(?i)(Văn hóa|VH)\\s*(?:[-–—]\\s*|\\s+)(Xã hội|XH)(?![\\p{L}])");
  private static final Pattern MASS_ORGANISATION = Pattern.compile("^(?:cac |uy ban )?(?:mat tran|mttq|doan the|"
      + "to chuc chinh tri|hoi lien hiep|hoi nong dan|hoi cuu chien binh|hoi nguoi cao tuoi|doan thanh nien)");

  /** Whether {@code phrase} reads as the name of a body (a heading, a table cell). */
  static boolean looksLikeBody(String phrase) {
    return HEAD.matcher(AccentFolding.fold(phrase.strip()).replaceFirst("(?i)^(?:de nghi|giao)\\s+", "")).find();
  }

  /** Mặt trận and the mass organisations are asked, not ordered. */
  static boolean isMassOrganisation(String canonical) {
    return MASS_ORGANISATION.matcher(AccentFolding.fold(canonical).toLowerCase(Locale.ROOT)).find();
  }

  public static String canonical(String written) {
    String s = written.strip().replaceAll("\\s+", " ");
    s = s.replaceAll("\\s*\\([^)]*\\)\\s*", " ").strip();
    s = s.replaceAll("[.;:,]+$", "").strip();
    s = CULTURE_SOCIETY.matcher(s).replaceAll("Văn hóa - Xã hội");
    s = Acronyms.expand(s);
    s = s.replaceAll("\\s*[–—]\\s*", " - ").replaceAll("(?<=\\p{L})\\s*-\\s*(?=\\p{Lu})", " - ");
    s = UNIT_THEN_NAME.matcher(s).replaceAll("$1");
    // A sentence may start the name in lower case ("Đề nghị ủy ban Mặt trận …"); the name itself is capitalised.
    return CAPITALISED.matcher(s).lookingAt() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
  }

  /**
   * The bodies a heading names: "Ủy ban MTTQ và các đoàn thể phường" is two, sharing the trailing unit word;
   * "Văn phòng HĐND và UBND xã" is one.
   */
  private static List<String> split(String heading) {
    String s = heading.strip().replaceFirst("^(?:[Đđ]ề [Nn]ghị|Giao)\\s+", "").replaceAll("\\s*\\([^)]*\\)\\s*$", "");
    List<String> parts = new ArrayList<>();
    Matcher and = Pattern.compile("\\s+và\\s+").matcher(s);
    int from = 0;
    while (and.find()) {
      String right = s.substring(and.end());
      String left = s.substring(from, and.start());
      boolean council = left.matches(".*(HĐND|Hội đồng nhân dân)$") && right.matches("(UBND|Ủy ban nhân dân).*");
      if (!council && looksLikeBody(right) && looksLikeBody(s.substring(from))) {
        parts.add(left);
        from = and.end();
      }
    }
    parts.add(s.substring(from));
    return parts;
  }

  /** The trailing unit word of the last name is shared by the names before it that lack one. */
  private static List<String> shareUnit(List<String> parts) {
    List<String> out = new ArrayList<>(parts.stream().map(BodyName::canonical).toList());
    if (out.size() > 1) {
      Matcher unit = Pattern.compile("\\s(xã|phường|thị trấn|đặc khu)$").matcher(out.getLast());
      if (unit.find()) {
        for (int i = 0; i < out.size() - 1; i++) {
          // Commune departments (Phòng …) are named without the unit word.
          if (!out.get(i).matches(".*\\s(xã|phường|thị trấn|đặc khu)$") && !out.get(i).startsWith("Phòng ")) {
            out.set(i, out.get(i) + " " + unit.group(1));
          }
        }
      }
    }
    return out.stream().map(BodyName::canonical).filter(p -> !p.isEmpty()).toList();
  }

  /**
   * The bodies of a list cell ("Công an xã, Trưởng các thôn, buôn"): split at a comma or semicolon only where a
   * capitalised body name follows, so "Các phòng, ban đơn vị liên quan" stays one group.
   */
  static List<String> splitList(String cell) {
    String s = cell.strip();
    boolean group = s.matches("(?i)(các|thủ trưởng|toàn thể|đề nghị các|giao các)\\s.*");
    // "Công chức Địa chính - Xây dựng, Văn hóa - Xã hội": one head shared by several domains.
    Matcher shared = Pattern.compile("^(?:(?:Đề nghị|Giao)\\s+)?(Công chức|Bộ phận)\\s").matcher(s);
    String head = shared.find() ? shared.group(1) + " " : null;
    List<String> out = new ArrayList<>();
    Matcher comma = LIST_COMMA.matcher(s);
    int from = 0;
    String prefix = "";
    while (comma.find()) {
      String right = s.substring(comma.end());
      boolean body = looksLikeBody(right) && !(right.startsWith("các ") && group);
      boolean domain = !body && head != null && Character.isUpperCase(right.charAt(0));
      if (body || domain) {
        out.addAll(split(prefix + s.substring(from, comma.start())));
        prefix = domain ? head : "";
        from = comma.end();
      }
    }
    out.addAll(split(prefix + s.substring(from)));
    return shareUnit(out);
  }

  private static final Pattern LIST_COMMA = Pattern.compile("\\s*[,;]\\s+(?=\\p{Lu}|trưởng |các )");

  /** Whether two written names are the same body (case, accents and punctuation aside). */
  public static String key(String canonical) {
    return AccentFolding.fold(canonical).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
