package org.planex.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * What a user typed, read literally: document numbers, quoted phrases and the remaining words. Nothing is
 * operator syntax, so {@code +}, {@code (}, {@code :} or a lone {@code *} are just characters the analyser drops;
 * a quote left open runs to the end of the query.
 *
 * @param numbers document numbers as typed ({@code 76/NQ-CP})
 * @param phrases the text inside each pair of quotes
 * @param words the rest of the text
 */
record QueryText(List<String> numbers, List<String> phrases, String words) {

  /** Longest query accepted, in characters: a longer one is a paste accident, not a search. */
  static final int MAX_CHARS = 1_000;

  static QueryText parse(String raw) {
    String text = raw == null ? "" : VietnameseAnalyzer.nfc(raw);
    if (text.length() > MAX_CHARS) {
      throw new InvalidQueryException(String.format(Locale.ROOT,
          "the query is %,d characters long; at most %,d are accepted", text.length(), MAX_CHARS));
    }
    text = text.replace('“', '"').replace('”', '"');
    List<String> numbers = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    int quote = -1;
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      if (!end && text.charAt(i) != '"') {
        continue;
      }
      String part = text.substring(from, i);
      if (quote >= 0) {
        phrases.add(part);
        quote = -1;
      } else {
        words.append(takeNumbers(part, numbers)).append(' ');
        quote = end ? -1 : i;
      }
      from = i + 1;
    }
    return new QueryText(List.copyOf(numbers), List.copyOf(phrases), words.toString().strip());
  }

  private static String takeNumbers(String part, List<String> numbers) {
    Matcher m = NumberKey.IN_QUERY.matcher(part);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      numbers.add(m.group());
      rest.append(part, last, m.start()).append(' ');
      last = m.end();
    }
    return rest.append(part.substring(last)).toString();
  }
}
