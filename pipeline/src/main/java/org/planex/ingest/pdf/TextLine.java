package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A line of text as the page shows it: its words left to right, on one baseline.
 *
 * @param size the font size most of its characters have
 */
record TextLine(List<Word> words, double baseline, double size) {

  TextLine {
    words = List.copyOf(words);
  }

  double left() {
    return words.getFirst().x0();
  }

  double right() {
    return words.getLast().x1();
  }

  double top() {
    return baseline - 0.8 * size;
  }

  double centre() {
    return (left() + right()) / 2;
  }

  String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  /** The line cut wherever the gap between two words is wider than {@code ems} font sizes. */
  List<TextLine> runs(double ems) {
    List<TextLine> runs = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= words.size(); i++) {
      if (i == words.size() || words.get(i).x0() - words.get(i - 1).x1() > ems * size) {
        runs.add(new TextLine(words.subList(from, i), baseline, size));
        from = i;
      }
    }
    return runs;
  }
}
