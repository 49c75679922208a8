package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Section;
import org.planex.text.AccentFolding;

/**
 * The closing paragraph's orders to groups of bodies: "Các cơ quan, đơn vị báo cáo kết quả …", "Yêu cầu các cơ
 * quan, đơn vị nghiêm túc thực hiện …", "nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh …" —
 * the group as written, the task from its verb to the end of the sentence.
 */
final class ClosingReader {

  private ClosingReader() {}

  /** A group subject ("các cơ quan, đơn vị có liên quan") ending right before the verb of its task. */
  private static final Pattern GROUP = Pattern.compile("(?:^|yeu cau |de nghi |, )((?:thu truong )?cac (?:co quan|phong|"
      + "don vi|ban|nganh)[a-z ,]*?)\\s+(?=(?:tong hop|bao cao|kip thoi|nghiem tuc|chu dong|thuc hien|to chuc|phan anh|"
      + "can cu|gui|trien khai|co trach nhiem)(?![a-z]))");

  static List<Assignment> read(String text, List<Section> sections) {
    List<Assignment> out = new ArrayList<>();
    for (SectionIndex.Entry entry : new SectionIndex(sections).entries()) {
      if (!"closing".equals(entry.section().label())) {
        continue;
      }
      Section closing = entry.section();
      for (TextSpan line : TextSpan.lines(text, closing.start(), closing.end())) {
        for (TextSpan sentence : line.sentences()) {
          String folded = AccentFolding.foldAligned(sentence.text()).toLowerCase(Locale.ROOT);
          Matcher m = GROUP.matcher(folded);
          if (!m.find()) {
            continue;
          }
          String group = sentence.text().substring(m.start(1), m.end(1));
          TextSpan task = new TextSpan(sentence.text().substring(m.end()), sentence.start() + m.end(), sentence.end())
              .asTask();
          boolean requested = folded.substring(0, m.start(1)).endsWith("de nghi ");
          out.add(new Assignment(BodyName.canonical(group), requested ? "requested" : "lead", task.text(),
              task.start(), task.end()));
        }
      }
    }
    return out;
  }
}
