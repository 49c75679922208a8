package org.planex.segment;

import java.util.regex.Pattern;

/**
 * Where a cell of a flattened table begins. Text extracted from a PDF table comes one wrapped cell line after
 * another, so each line either continues the cell above or opens the next cell; which cell it opens is told by
 * how cells of that column begin (a body for the lead and support columns, a time for the time column).
 */
final class CellBoundary {

  /** How a body's name begins: an office, a committee, the police … ("Hội nghị" and "Tổ chức" are not bodies). */
  private static final Pattern BODY = Pattern.compile(
      "^(?:Phòng|Văn phòng|Ban|Bộ phận|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Công an|Quân sự|Trung tâm|Đoàn|Hội(?! nghị)"
          + "|Mặt trận|MTTQ|Các|Cơ quan|Đơn vị|Trạm|Trường|Công chức|Cán bộ|Đảng ủy|Đảng uỷ|Chi bộ|Liên đoàn|Đài"
          + "|Sở|Chủ tịch|Phó Chủ tịch|Tổ(?! chức)|Hợp tác xã|Bưu điện|Thanh tra|Y tế)(?!\\p{L})");
  /** How a time begins: a deadline, a period, a frequency. */
  private static final Pattern TIME = Pattern.compile(
      "^(?:Trước|Sau|Trong|Từ|Đến|Hết|Hằng|Hàng|Định kỳ|Thường xuyên|Năm \\d|Quý|Tháng|Tuần|Ngày|Cả năm|Theo"
          + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4})(?!\\p{L})");
  /** A phrase's first word: capitalised ({@code Kế hoạch}) or a figure ({@code 20 tin, bài}), not an acronym. */
  private static final Pattern PHRASE = Pattern.compile("^(?:\\p{Lu}\\p{Ll}|\\d)");
  /** Words a cell line does not end on: the cell goes on in the next line. */
  private static final Pattern OPEN_END = Pattern.compile(
      "(?:[-,/&(]|\\b(?:trên|của|về|với|và|các|ngày|tại|cho|đối|những|trong|đến|từ|theo|để|được|là|có|thuộc|"
          + "hằng|hàng|số))$", Pattern.UNICODE_CHARACTER_CLASS);
  /** A body's head word alone ("Văn phòng" / "HĐND-UBND" / "xã"): its name follows on the next line. */
  private static final Pattern HEAD_WORD = Pattern.compile(
      "^(?:Văn phòng|Phòng|Ban|Ủy ban|Uỷ ban|Trung tâm|Hội đồng|Bộ phận|Đảng ủy)$");

  private CellBoundary() {}

  /** Whether {@code line} continues the cell whose last line is {@code previous}. */
  static boolean continues(String previous, String line) {
    return Character.isLowerCase(PlanParts.firstLetter(line)) || OPEN_END.matcher(previous).find()
        || HEAD_WORD.matcher(previous).matches();
  }

  /** Whether {@code line} can open a cell of the column named {@code key}. */
  static boolean opens(String key, String line) {
    return switch (key) {
      case AppendixColumn.LEAD, AppendixColumn.SUPPORT -> BODY.matcher(line).find();
      case AppendixColumn.TIME -> TIME.matcher(line).find();
      case AppendixColumn.PRODUCT -> PHRASE.matcher(line).find() && !BODY.matcher(line).find()
          && !TIME.matcher(line).find();
      default -> false;
    };
  }
}
