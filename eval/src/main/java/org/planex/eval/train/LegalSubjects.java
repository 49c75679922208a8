package org.planex.eval.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.extract.SubjectFinder.LabelledItem;

/**
 * Silver training items from legal text: a clause of Pháp điển that opens with an agency ("Bộ Nội vụ", "Hội khuyến
 * học cấp xã", "Sở Xây dựng") followed by a verb of assignment ("chủ trì", "có trách nhiệm", "phối hợp") is labelled
 * with that agency as its subject. The plans name few subjects inside items; the law names thousands, with the
 * same grammar, which teaches the finder where a name ends.
 */
final class LegalSubjects {

  private LegalSubjects() {}

  /** A list marker, an agency's head word and up to ten more words, then the verb. "Tổ chức" is also a verb. */
  private static final Pattern CLAUSE = Pattern.compile("^(?:[-+]|[a-zđ]\\)|\\d+\\.)?\\s*((?:Bộ|Sở|Cục|Tổng cục|Ủy ban|"
      + "Hội|Đoàn|Ban|Phòng|Trung tâm|Văn phòng|Công an|Trạm|Đài|Thanh tra|Kho bạc|Ngân hàng|Viện|Hiệp hội|Liên đoàn|"
      + "Mặt trận|Cơ quan|Chủ tịch|Thủ trưởng)(?:\\s+[^\\s.;:()]+){1,10}?)\\s+(chủ trì|có trách nhiệm|phối hợp|"
      + "chịu trách nhiệm|hướng dẫn|chỉ đạo)\\s+(\\p{Ll}[^.;:]{10,160})");

  /** Up to {@code limit} items, taken evenly through the file (every {@code step}-th match). */
  static List<LabelledItem> read(Path file, int limit, int step) throws IOException {
    List<LabelledItem> out = new ArrayList<>();
    int seen = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null && out.size() < limit; line = reader.readLine()) {
        Matcher m = CLAUSE.matcher(line);
        if (m.find() && seen++ % step == 0) {
          String subject = m.group(1);
          out.add(new LabelledItem(subject + " " + m.group(2) + " " + m.group(3).strip(), subject.length()));
        }
      }
    }
    return out;
  }
}
