package org.planex.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of a result's text with the spans the query matched; plain text, so each consumer escapes it for
 * where it goes (the web page writes it as text nodes, never as markup).
 *
 * @param highlights character ranges within {@code text}
 */
public record Snippet(String text, List<Highlight> highlights) {

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** A matched span: {@code text.substring(start, end)}. */
  public record Highlight(int start, int end) {}

  // The highlighter hands back one string per document, so passages and marks travel as control characters that
  // ingestion never leaves in a text.
  static final char PASSAGE = '\u001c';
  static final char OPEN = '\u001d';
  static final char CLOSE = '\u001e';

  /** The passages {@link SnippetFormatter} encoded into one string. */
  static List<Snippet> decode(String encoded) {
    List<Snippet> snippets = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return snippets;
    }
    for (String passage : encoded.split(String.valueOf(PASSAGE))) {
      StringBuilder text = new StringBuilder();
      List<Highlight> marks = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < passage.length(); i++) {
        char c = passage.charAt(i);
        if (c == OPEN) {
          open = text.length();
        } else if (c == CLOSE && open >= 0) {
          marks.add(new Highlight(open, text.length()));
          open = -1;
        } else if (c != CLOSE) {
          text.append(c);
        }
      }
      snippets.add(new Snippet(text.toString(), marks));
    }
    return snippets;
  }

  /** The text with each highlight between {@code open} and {@code close}, for a terminal. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(text.substring(at)).toString();
  }
}
