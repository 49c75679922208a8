package org.planex.text;

import java.text.Normalizer;

/**
 * Puts tone marks where Planex writes them: the classic convention ({@code hòa}, {@code khỏe}, {@code thủy}),
 * which dominates administrative text, rather than the newer {@code hoà}, {@code khoẻ}, {@code thuỷ}.
 *
 * <p>The two conventions differ only for the open rhymes {@code oa}, {@code oe}, {@code uy} (no final
 * consonant, and not the {@code qu} onset): classic puts the tone on the first vowel.
 */
public final class TonePlacement {

  private TonePlacement() {}

  /** Rewrites every word of {@code text} to the classic convention; returns NFC. */
  public static String toClassic(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = null;
    int i = 0;
    while (i < nfd.length()) {
      if (!Character.isLetter(nfd.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < nfd.length() && (Character.isLetter(nfd.charAt(end)) || isMark(nfd.charAt(end)))) {
        end++;
      }
      String moved = moveTone(nfd, i, end);
      if (moved != null) {
        if (out == null) {
          out = new StringBuilder(nfd);
        }
        out.replace(i, end, moved);
      }
      i = end;
    }
    return Normalizer.normalize(out == null ? nfd : out, Normalizer.Form.NFC);
  }

  /** The word {@code nfd[start, end)} with its tone moved, or {@code null} when it needs no change. */
  private static String moveTone(String nfd, int start, int end) {
    // Only the last two letters matter: an open rhyme oa/oe/uy ends the word.
    int second = lastLetter(nfd, start, end);
    if (second < 0) {
      return null;
    }
    int first = lastLetter(nfd, start, second);
    if (first < 0) {
      return null;
    }
    char a = Character.toLowerCase(nfd.charAt(first));
    char b = Character.toLowerCase(nfd.charAt(second));
    boolean rhyme = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
    if (!rhyme) {
      return null;
    }
    int before = lastLetter(nfd, start, first);
    if (a == 'u' && before >= 0 && Character.toLowerCase(nfd.charAt(before)) == 'q') {
      return null;
    }
    // The first vowel must be bare (no tone, no other mark), the second must carry exactly the tone.
    if (second != first + 1) {
      return null;
    }
    int toneAt = second + 1;
    if (toneAt >= end || !isTone(nfd.charAt(toneAt)) || toneAt + 1 != end) {
      return null;
    }
    StringBuilder word = new StringBuilder(nfd.substring(start, end));
    int relFirst = first - start;
    char tone = word.charAt(toneAt - start);
    word.deleteCharAt(toneAt - start);
    word.insert(relFirst + 1, tone);
    return word.toString();
  }

  private static int lastLetter(String s, int start, int endExclusive) {
    for (int i = endExclusive - 1; i >= start; i--) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static boolean isTone(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }

  static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
