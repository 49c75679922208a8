package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planex.text.AccentFolding;
import org.planex.model.Section;

/**
 * Reads the organisation section ("Tổ chức thực hiện"): each sub-section headed by a body gives that body its
 * bullets (one task each) and the sentences of its unbulleted paragraphs; the role comes from the heading ("Đề
 * nghị …", a mass organisation: requested) and then from each task's own wording ({@link TaskRole}).
 */
final class OrganizationReader {

  private static final Set<String> SKIPPED = Set.of("budget", "closing", "recipients", "signature", "appendix");

  private final String text;
  private final List<Item> items = new ArrayList<>();
  /** Where the first task starts when {@link #headingOf} found it glued to the heading's line; -1 otherwise. */
  private int gluedTaskStart = -1;

  private static final Pattern GLUED_TASK = Pattern.compile("^.{3,120}?[a-z]\\s+((?:" + String.join("|", "Tuyen truyen",
      "Phoi hop", "Chu tri", "Tham muu", "To chuc", "Thuc hien", "Can cu", "Xay dung", "Chi dao", "Huong dan",
      "Pho bien", "Day manh", "Tang cuong", "Trien khai", "Van dong", "Phat huy", "Duy tri", "Long ghep", "Cung cap",
      "Kip thoi", "Chu dong", "Theo doi", "Tiep tuc", "Nang cao", "Bo tri", "Cap nhat", "Ra soat", "Tong hop")
      + ")(?![a-z]))");

  /** One task item under a body's heading. */
  /**
   * @param bodies the bodies the heading names
   * @param requested whether the heading asks ("Đề nghị …") rather than orders
   */
  record Item(String heading, List<String> bodies, boolean requested, TextSpan task) {}

  private OrganizationReader(String text) {
    this.text = text;
  }

  /** The task items of the organisation sections, each with the heading that names its body. */
  static List<Item> items(String text, List<Section> sections) {
    OrganizationReader reader = new OrganizationReader(text);
    reader.find(sections);
    return reader.items;
  }

  /**
   * The assignments of the organisation sections. With a {@code subjects} finder, an item that opens with its own
   * subject gives its task to that body rather than the heading's, and the subject's name is not part of the task.
   */
  static List<Assignment> read(String text, List<Section> sections, Optional<SubjectFinder> subjects) {
    List<Assignment> out = new ArrayList<>();
    for (Item item : items(text, sections)) {
      assign(item, subjects, out);
    }
    return out;
  }

  /** The outermost organisation sections; one nested in another is read through its parent. */
  private void find(List<Section> sections) {
    for (Section section : sections) {
      if ("organization".equals(section.label())) {
        visit(section);
      } else {
        find(section.children());
      }
    }
  }

  private void visit(Section parent) {
    for (Section child : parent.children()) {
      if (child.label() != null && SKIPPED.contains(child.label())) {
        continue;
      }
      String heading = headingOf(child);
      if (heading != null && BodyName.looksLikeBody(heading)) {
        collect(child, heading);
      } else if (!child.children().isEmpty()) {
        visit(child);
      }
    }
  }

  /**
   * The heading segment found, or a short first line without a final stop ("3. Phòng Kinh tế"), or the body
   * name before the first task verb of a line where a re-joined wrap glued the heading to its paragraph.
   */
  private String headingOf(Section section) {
    if (section.heading() != null) {
      return section.heading();
    }
    TextSpan line0 = TextSpan.lineAt(text, section.start(), section.end()).asTask();
    Matcher glued = GLUED_TASK.matcher(AccentFolding.foldAligned(line0.text()));
    if (glued.find() && BodyName.looksLikeBody(line0.text())) {
      gluedTaskStart = line0.start() + glued.start(1);
      return line0.text().substring(0, glued.start(1)).strip();
    }
    TextSpan first = TextSpan.lineAt(text, section.start(), section.end()).asTask();
    String line = first.text();
    boolean endsSentence = TextSpan.lineAt(text, section.start(), section.end()).text().strip().matches(".*[.;]$");
    return !endsSentence && line.split("\\s+").length <= 16 && section.end() > first.end() + 1 ? line : null;
  }

  private void collect(Section section, String heading) {
    int headingEnd = gluedTaskStart >= 0 ? gluedTaskStart : TextSpan.lineAt(text, section.start(), section.end()).end();
    gluedTaskStart = -1;
    List<String> bodies = BodyName.splitList(heading);
    boolean requested = heading.strip().toLowerCase(Locale.ROOT).startsWith("đề nghị");
    for (TextSpan line : TextSpan.lines(text, headingEnd, section.end())) {
      if (line.hasMarker()) {
        items.add(new Item(heading, bodies, requested, line.asTask()));
      } else {
        line.sentences().forEach(sentence -> items.add(new Item(heading, bodies, requested, sentence)));
      }
    }
  }

  private static void assign(Item item, Optional<SubjectFinder> subjects, List<Assignment> out) {
    List<String> bodies = item.bodies();
    TextSpan task = item.task();
    String itemText = task.text();
    int subjectEnd = subjects.map(finder -> finder.subjectEnd(itemText)).orElse(0);
    if (subjectEnd > 0) {
      List<String> named = BodyName.splitList(task.text().substring(0, subjectEnd));
      Set<String> headingKeys = bodies.stream().map(BodyName::key).collect(Collectors.toSet());
      if (!named.stream().map(BodyName::key).allMatch(headingKeys::contains)) {
        // A body of the heading's kind named on its own inherits whether the heading asks or orders.
        bodies = named;
      }
      task = task.after(subjectEnd);
    }
    for (String body : bodies) {
      String role = item.requested() || BodyName.isMassOrganisation(body) ? "requested"
          : TaskRole.isSupport(task.text()) ? "support" : "lead";
      out.add(new Assignment(body, role, task.text(), task.start(), task.end()));
    }
    for (String partner : TaskRole.partners(task.text())) {
      out.add(new Assignment(partner, "support", task.text(), task.start(), task.end()));
    }
  }
}
