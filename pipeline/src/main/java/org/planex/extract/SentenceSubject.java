package org.planex.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collective body a sentence opens with, outside any assignment: "Các cơ quan, đơn vị thường xuyên rà soát …",
 * "Các cơ quan, đơn vị báo cáo nhanh … hằng tuần". A deadline in that sentence binds it.
 */
final class SentenceSubject {

  private SentenceSubject() {}

  private static final String NOUN = "(?:cơ quan|đơn vị|phòng|ban|ngành|đoàn thể|bộ phận)";

  /** "Các" and body nouns joined by commas or "và", up to the verb. */
  private static final Pattern SUBJECT = Pattern.compile("^(?:[-+•]\\s*)?(Các\\s+" + NOUN + "(?:\\s*(?:,|và)\\s*"
      + NOUN + ")*)(?=\\s+\\p{Ll})");

  /** How far back a sentence start is looked for. */
  private static final int MAX_SENTENCE = 400;

  /** The subject of the sentence holding {@code at}, canonical, or null when it opens with none. */
  static String at(String text, int at) {
    int start = at;
    int limit = Math.max(0, at - MAX_SENTENCE);
    // A clause after ";" shares the sentence's subject ("Các cơ quan, đơn vị báo cáo … hằng tuần; báo cáo … trước …").
    while (start > limit && text.charAt(start - 1) != '\n' && !text.startsWith(". ", start - 2)) {
      start--;
    }
    if (start == limit && limit > 0) {
      return null;
    }
    Matcher m = SUBJECT.matcher(text).region(start, text.length());
    return m.lookingAt() && m.end(1) <= at ? BodyName.canonical(m.group(1)) : null;
  }
}
