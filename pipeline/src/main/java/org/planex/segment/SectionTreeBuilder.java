package org.planex.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.planex.model.Section;

/**
 * Builds the section tree of a plan from its lines: the unnumbered parts at level 1, and every numbered or
 * bulleted line of the body at the depth its numbering style has where it occurs. One pass over the lines and
 * one over the sections, so a plan of thousands of pages is segmented in linear time.
 */
final class SectionTreeBuilder {

  /** A section before its end and children are known. */
  private record Flat(String number, int level, String heading, String label, int start) {}

  private SectionTreeBuilder() {}

  /**
   * @param headingStarts offsets of lines the source marked as headings, in ascending order (empty when the
   *     hints do not index into the text being segmented)
   */
  static List<Section> build(List<TextLine> lines, PlanParts parts, int textLength, int[] headingStarts) {
    List<Flat> flat = new ArrayList<>();
    part(flat, lines, parts.header(), "header");
    if (parts.header() < 0 && parts.kind() >= 0) {
      part(flat, lines, parts.kind(), "header");
    }
    part(flat, lines, parts.legalBasis(), "legal-basis");
    if (parts.body() >= 0) {
      body(flat, lines, parts.body(), parts.bodyEnd(), headingStarts);
    }
    part(flat, lines, parts.closing(), "closing");
    part(flat, lines, parts.recipients(), "recipients");
    if (parts.signatureBeside()) {
      flat.add(new Flat(null, 1, null, "signature", lines.get(parts.signature()).right().start()));
    } else {
      part(flat, lines, parts.signature(), "signature");
    }
    part(flat, lines, parts.appendix(), "appendix");
    flat.sort(java.util.Comparator.comparingInt(Flat::start));
    return nest(flat, textLength);
  }

  private static void part(List<Flat> flat, List<TextLine> lines, int index, String label) {
    if (index >= 0) {
      flat.add(new Flat(null, 1, null, label, lines.get(index).start()));
    }
  }

  /**
   * Levels come from a stack of the styles open above the current line: a style already open closes what was
   * nested in it (so a duplicated or skipped number changes nothing), a new style opens one level deeper.
   */
  private static void body(List<Flat> flat, List<TextLine> lines, int from, int to, int[] headingStarts) {
    List<NumberingStyle> open = new ArrayList<>();
    for (int i = from; i < to; i++) {
      TextLine line = lines.get(i);
      NumberingStyle.Marker marker = NumberingStyle.find(line.text());
      if (marker == null || wrappedHyphen(lines, from, i, marker)) {
        continue;
      }
      int at = open.indexOf(marker.style());
      if (at >= 0) {
        open.subList(at + 1, open.size()).clear();
      } else {
        open.add(marker.style());
      }
      int level = open.size();
      boolean hinted = java.util.Arrays.binarySearch(headingStarts, line.start()) >= 0;
      String heading = HeadingReader.heading(lines, i, marker, to, hinted);
      String label = SectionLabeler.label(heading);
      flat.add(new Flat(marker.number(), level, heading, label, line.start()));
    }
  }

  /**
   * A hyphen that a hard wrap left at the start of a line ("… kinh tế" / "- xã hội của địa phương;") is no dash
   * bullet: the line goes on in lower case and the line above ends mid-sentence.
   */
  private static boolean wrappedHyphen(List<TextLine> lines, int from, int i, NumberingStyle.Marker marker) {
    if (marker.style() != NumberingStyle.DASH || i <= from
        || !Character.isLowerCase(PlanParts.firstLetter(lines.get(i).text().substring(marker.length())))) {
      return false;
    }
    String above = lines.get(i - 1).text();
    return !above.isEmpty() && ".;:!?".indexOf(above.charAt(above.length() - 1)) < 0;
  }

  /** A section ends where the next one at its level or above begins. */
  private static List<Section> nest(List<Flat> flat, int textLength) {
    int[] ends = new int[flat.size()];
    Deque<Integer> openIndexes = new ArrayDeque<>();
    for (int i = 0; i < flat.size(); i++) {
      while (!openIndexes.isEmpty() && flat.get(openIndexes.peek()).level() >= flat.get(i).level()) {
        ends[openIndexes.pop()] = flat.get(i).start();
      }
      openIndexes.push(i);
    }
    while (!openIndexes.isEmpty()) {
      ends[openIndexes.pop()] = textLength;
    }
    int[] cursor = {0};
    return children(flat, ends, cursor, 1);
  }

  private static List<Section> children(List<Flat> flat, int[] ends, int[] cursor, int level) {
    List<Section> out = new ArrayList<>();
    while (cursor[0] < flat.size() && flat.get(cursor[0]).level() >= level) {
      int index = cursor[0]++;
      Flat f = flat.get(index);
      List<Section> kids = children(flat, ends, cursor, f.level() + 1);
      out.add(new Section(f.number(), f.level(), f.heading(), f.label(), f.start(), ends[index], kids));
    }
    return out;
  }
}
