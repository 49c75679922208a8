package org.planex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A piece of the text with its offsets: a line, a sentence, a task. */
record TextSpan(String text, int start, int end) {

  private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-+•*]|[a-zđ]\\)|\\d+(?:\\.\\d+)*\\.|[IVX]+\\.)\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  /** The line of {@code text} starting at {@code from} (without its line break). */
  static TextSpan lineAt(String text, int from, int limit) {
    int end = text.indexOf('\n', from);
    end = end < 0 || end > limit ? limit : end;
    return new TextSpan(text.substring(from, end), from, end);
  }

  /** The lines of {@code text[from, to)}, blank ones left out. */
  static List<TextSpan> lines(String text, int from, int to) {
    List<TextSpan> lines = new ArrayList<>();
    int i = from;
    while (i < to) {
      TextSpan line = lineAt(text, i, to);
      if (!line.text().isBlank()) {
        lines.add(line);
      }
      i = line.end() + 1;
    }
    return lines;
  }

  boolean hasMarker() {
    return MARKER.matcher(text).find();
  }

  /** This span without its leading list marker and the trailing ";"/"." — a task as the guideline quotes it. */
  TextSpan asTask() {
    Matcher m = MARKER.matcher(text);
    int from = m.find() ? m.end() : 0;
    int to = text.length();
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ";.:,".indexOf(text.charAt(to - 1)) >= 0
        || text.charAt(to - 1) == '/')) {
      to--;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return new TextSpan(text.substring(from, to), start + from, start + to);
  }

  /** What follows the first {@code offset} characters, from its first word. */
  TextSpan after(int offset) {
    int from = offset;
    while (from < text.length() && (Character.isWhitespace(text.charAt(from)) || ",:".indexOf(text.charAt(from)) >= 0)) {
      from++;
    }
    return new TextSpan(text.substring(from), start + from, end);
  }

  /** The sentences of this span, each as a task. */
  List<TextSpan> sentences() {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int from = 0;
    while (m.find()) {
      out.add(new TextSpan(text.substring(from, m.start()), start + from, start + m.start()).asTask());
      from = m.end();
    }
    out.add(new TextSpan(text.substring(from), start + from, end).asTask());
    out.removeIf(s -> s.text().isBlank());
    return out;
  }
}
