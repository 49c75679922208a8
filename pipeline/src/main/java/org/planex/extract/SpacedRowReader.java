package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Section;
import org.planex.text.AccentFolding;

/**
 * Appendix rows whose cell separators were lost, each row one line of words: "1 Tuyên truyền … Kế hoạch Văn phòng
 * HĐND - UBND phường Các phòng, ban, đơn vị liên quan Tháng 6/2026". Read from both ends: the time at the end, the
 * phối hợp and chủ trì bodies before it (the last two body names), the product the last capitalised phrase before
 * them, the task the rest.
 */
final class SpacedRowReader {

  private SpacedRowReader() {}

  private static final Pattern ROW = Pattern.compile("^\\s*(\\d{1,2})\\.?\\s+(.+)$");
  private static final Pattern TIME_AT_END = Pattern.compile("(?i)\\s((?:truoc ngay \\d{1,2}/\\d{1,2}/\\d{4}|quy [ivx]+/\\d{4}"
      + "|thang \\d{1,2}/\\d{4}|(?:0?6 thang (?:cuoi|dau) )?nam \\d{4}|(?:dinh ky )?hang (?:tuan|thang|quy|nam)|thuong xuyen))\\s*\\.?$");
  /** A body name begins at a capital, not right after a joining word inside another name. */
  private static final Pattern AFTER_JOIN = Pattern.compile("(?i)(?:-|va|cua|thuoc|voi|hdnd|van phong)\\s$");

  static List<TaskRow> read(String text, List<Section> sections) {
    List<TaskRow> rows = new ArrayList<>();
    for (Section appendix : new SectionIndex(sections).topLevel("appendix")) {
      boolean header = false;
      for (TextSpan line : TextSpan.lines(text, appendix.start(), appendix.end())) {
        String folded = AccentFolding.foldAligned(line.text());
        if (!header) {
          String lower = folded.toLowerCase(Locale.ROOT);
          header = lower.contains("nhiem vu") && lower.contains("thoi gian");
          continue;
        }
        TaskRow row = row(line, folded);
        if (row != null) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static TaskRow row(TextSpan line, String folded) {
    Matcher row = ROW.matcher(line.text());
    Matcher time = TIME_AT_END.matcher(folded);
    if (!row.matches() || !time.find()) {
      return null;
    }
    int from = row.start(2);
    int to = time.start(1);
    List<Integer> heads = new ArrayList<>();
    for (int i = from; i < to; i++) {
      boolean wordStart = i == from || line.text().charAt(i - 1) == ' ';
      if (wordStart && Character.isUpperCase(line.text().charAt(i))
          && !AFTER_JOIN.matcher(folded.substring(Math.max(from, i - 10), i)).find()
          && BodyName.looksLikeBody(line.text().substring(i, to))) {
        heads.add(i);
      }
    }
    if (heads.size() < 2 || heads.get(heads.size() - 2) <= from) {
      return null;
    }
    int lead = heads.get(heads.size() - 2);
    int support = heads.getLast();
    String before = line.text().substring(from, lead).strip();
    int product = productStart(before);
    String task = product > 0 ? before.substring(0, product).strip() : before;
    return new TaskRow(Map.of("task", task, "product", product > 0 ? before.substring(product) : "",
        "lead", line.text().substring(lead, support).strip(), "support", line.text().substring(support, to).strip(),
        "time", line.text().substring(time.start(1)).strip()), line.start(), line.end());
  }

  /** Where the product begins: at a quota's comparator or number, else at the last capitalised short phrase. */
  private static int productStart(String cells) {
    Matcher quota = Pattern.compile("\\s((?:Ít nhất|Tối thiểu|Không quá|Trên)\\s+)?\\d+[\\s%]").matcher(cells);
    if (quota.find()) {
      return quota.group(1) != null ? quota.start(1) : quota.start() + 1;
    }
    for (int i = cells.length() - 1; i > 0; i--) {
      if (cells.charAt(i - 1) == ' ' && Character.isUpperCase(cells.charAt(i))) {
        return cells.substring(i).split("\\s+").length <= 6 ? i : -1;
      }
    }
    return -1;
  }
}
