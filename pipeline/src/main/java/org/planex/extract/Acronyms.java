package org.planex.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The acronyms of administrative names and their full forms, expanded where the guideline says names are full. */
final class Acronyms {

  private Acronyms() {}

  private static final Map<String, String> FULL = new LinkedHashMap<>();

  static {
    FULL.put("UBND", "Ủy ban nhân dân");
    FULL.put("HĐND", "Hội đồng nhân dân");
    FULL.put("TTg", "Thủ tướng Chính phủ");
    FULL.put("MTTQ", "Mặt trận Tổ quốc");
    FULL.put("MTTQVN", "Mặt trận Tổ quốc Việt Nam");
    FULL.put("TW", "Trung ương");
    FULL.put("VH-XH", "Văn hóa - Xã hội");
    FULL.put("VHXH", "Văn hóa - Xã hội");
    FULL.put("PVHCC", "Phục vụ hành chính công");
    FULL.put("CHQS", "Chỉ huy Quân sự");
  }

  private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}-])(?<!\\d[-/]\\p{Lu}{1,8}/)(UBND|HĐND|TTg|MTTQVN|MTTQ|TW|VH-XH|VHXH|PVHCC|CHQS)"
      + "(?![\\p{L}\\p{N}])");

  /**
   * {@code name} with every known acronym written out; {@code HĐND-UBND} becomes "HĐND và UBND" expanded. A code
   * inside a document number ({@code 18-NQ/TW} named in a committee's name) stays as issued.
   */
  static String expand(String name) {
    String s = name.replaceAll("HĐND\\s*[-–]\\s*UBND", "HĐND và UBND");
    Matcher m = TOKEN.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(FULL.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
