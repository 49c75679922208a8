package org.planex.extract;

import java.util.Locale;

/**
 * The kinds of document a plan cites, each with the accent-folded words that name it and the symbol codes that
 * betray it when the words are missing ({@code 57-NQ/TW} is a Nghị quyết whatever precedes it).
 */
enum DocumentType {
  LAW("Luật", "NONE", "luat"),
  CODE("Bộ luật", "NONE", "bo luat"),
  CONSTITUTION("Hiến pháp", "NONE", "hien phap"),
  JOINT_RESOLUTION("Nghị quyết liên tịch", "NQLT", "nghi quyet lien tich"),
  RESOLUTION("Nghị quyết", "NQ", "nghi quyet"),
  ORDINANCE("Pháp lệnh", "PL", "phap lenh"),
  EDICT("Sắc lệnh", "SL", "sac lenh"),
  DECREE("Nghị định", "NĐ", "nghi dinh"),
  DECISION("Quyết định", "QĐ", "quyet dinh"),
  DIRECTIVE("Chỉ thị", "CT", "chi thi"),
  JOINT_CIRCULAR("Thông tư liên tịch", "TTLT", "thong tu lien tich"),
  CIRCULAR("Thông tư", "TT", "thong tu"),
  PLAN("Kế hoạch", "KH", "ke hoach", "ket hoach"),
  LETTER("Công văn", "CV", "cong van", "van ban"),
  CONCLUSION("Kết luận", "KL", "ket luan"),
  GUIDANCE("Hướng dẫn", "HD", "huong dan"),
  NOTICE("Thông báo", "TB", "thong bao"),
  PROGRAMME("Chương trình", "CTr", "chuong trinh"),
  SCHEME("Đề án", "ĐA", "de an"),
  SUBMISSION("Tờ trình", "TTr", "to trinh"),
  REPORT("Báo cáo", "BC", "bao cao"),
  DISPATCH("Công điện", "CĐ", "cong dien"),
  REGULATION("Quy chế", "QC", "quy che");

  private final String label;
  private final String code;
  private final String[] folded;

  DocumentType(String label, String code, String... folded) {
    this.label = label;
    this.code = code;
    this.folded = folded;
  }

  /** The name as the annotation guideline writes it. */
  String label() {
    return label;
  }

  /** Alternation of every naming word sequence, longest first, for a case-insensitive pattern on folded text. */
  static String keywordPattern() {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (DocumentType type : values()) {
      all.addAll(java.util.List.of(type.folded));
    }
    all.sort((a, b) -> b.length() - a.length());
    return String.join("|", all).replace(" ", "\\s+");
  }

  static final java.util.regex.Pattern TYPE_AT =
      java.util.regex.Pattern.compile("(?i)(?:" + keywordPattern() + ")(?![\\p{L}])");

  /** Where a type's name starting at {@code at} of accent-folded {@code folded} ends, or -1 when none starts there. */
  static int nameEnd(java.util.regex.Matcher onFolded, int at, int limit) {
    onFolded.region(at, limit);
    return onFolded.lookingAt() ? onFolded.end() : -1;
  }

  /** The type named by {@code words} (folded, any case and spacing), or null. */
  static DocumentType named(String words) {
    String key = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    for (DocumentType type : values()) {
      for (String f : type.folded) {
        if (f.equals(key)) {
          return type;
        }
      }
    }
    return null;
  }

  /** The type a symbol's first code says ({@code NQ-CP} → Nghị quyết), or null. */
  static DocumentType bySymbol(String symbol) {
    String first = symbol.split("[-/]")[0];
    for (DocumentType type : values()) {
      if (type.code.equalsIgnoreCase(first) || type.code.replace('Đ', 'D').equalsIgnoreCase(first)) {
        return type;
      }
    }
    return null;
  }
}
