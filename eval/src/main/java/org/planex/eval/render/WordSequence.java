package org.planex.eval.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whitespace-separated tokens of a text, the measure by which a rendering is checked against its seed:
 * line breaks, tabs and runs of spaces differ between formats, the words must not.
 *
 * @param words the tokens in reading order
 */
public record WordSequence(List<String> words) {

  public WordSequence {
    words = List.copyOf(words);
  }

  public static WordSequence of(String text) {
    String stripped = text.strip();
    return new WordSequence(stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+")));
  }

  /** The same words in lower case, for encodings that cannot keep case (TCVN3 capitals, see LegacyTyping). */
  public WordSequence lowerCase() {
    return new WordSequence(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  /** Where this sequence first departs from {@code expected}, with a few words of context; null when equal. */
  public String firstDifference(WordSequence expected) {
    List<String> a = expected.words;
    List<String> b = words;
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    if (i == a.size() && i == b.size()) {
      return null;
    }
    return String.format("word %d of %d (got %d words): expected «%s», got «%s»", i + 1, a.size(), b.size(),
        window(a, i), window(b, i));
  }

  private static String window(List<String> words, int at) {
    int from = Math.max(0, at - 4);
    int to = Math.min(words.size(), at + 6);
    return from >= to ? "(end)" : (from > 0 ? "… " : "") + String.join(" ", words.subList(from, to))
        + (to < words.size() ? " …" : "");
  }
}
