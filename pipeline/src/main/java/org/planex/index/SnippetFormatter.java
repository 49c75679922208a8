package org.planex.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Encodes the highlighter's passages for {@link Snippet#decode}, line breaks turned into spaces. */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    for (Passage passage : passages) {
      if (!out.isEmpty()) {
        out.append(Snippet.PASSAGE);
      }
      int at = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(at, passage.getMatchStarts()[i]);
        int end = passage.getMatchEnds()[i];
        if (end <= start) {
          continue; // overlapping matches (the folded and the exact word) are marked once
        }
        append(out, content, at, start);
        out.append(Snippet.OPEN);
        append(out, content, start, end);
        out.append(Snippet.CLOSE);
        at = end;
      }
      append(out, content, at, passage.getEndOffset());
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      out.append(c == '\n' || c == '\r' || c == '\t' || c == Snippet.PASSAGE || c == Snippet.OPEN
          || c == Snippet.CLOSE ? ' ' : c);
    }
  }
}
