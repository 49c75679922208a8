package org.planex.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into letter runs ("words", i.e. syllables for Vietnamese), with offsets. */
public final class Words {

  private Words() {}

  /** A letter run {@code text[start, end)}. */
  public record Word(String text, int start, int end) {}

  /** Every maximal run of letters and combining marks in {@code text}. */
  public static List<Word> of(CharSequence text) {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || TonePlacement.isMark(text.charAt(i)))) {
        i++;
      }
      words.add(new Word(text.subSequence(start, i).toString(), start, i));
    }
    return words;
  }
}
