package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import org.planex.model.Section;

/** The section tree flattened, answering "which labelled part holds this offset" for the extractors. */
final class SectionIndex {

  /** A section with the label it inherits from the nearest labelled ancestor (sub-items of content are content). */
  record Entry(Section section, String label, int depth) {}

  private final List<Entry> entries = new ArrayList<>();

  SectionIndex(List<Section> sections) {
    add(sections, null, 0);
  }

  private void add(List<Section> sections, String inherited, int depth) {
    for (Section section : sections) {
      String label = section.label() != null ? section.label() : inherited;
      entries.add(new Entry(section, label, depth));
      add(section.children(), label, depth + 1);
    }
  }

  List<Entry> entries() {
    return entries;
  }

  /** The top-level sections labelled {@code label} ({@code appendix} …). */
  List<Section> topLevel(String label) {
    return entries.stream().filter(e -> e.depth() == 0 && label.equals(e.section().label()))
        .map(Entry::section).toList();
  }

  /** The label of the deepest section holding {@code offset}, inherited from its ancestors; null outside all. */
  String labelAt(int offset) {
    Entry best = null;
    for (Entry entry : entries) {
      if (entry.section().start() <= offset && offset < entry.section().end()
          && (best == null || entry.depth() >= best.depth())) {
        best = entry;
      }
    }
    return best == null ? null : best.label();
  }
}
