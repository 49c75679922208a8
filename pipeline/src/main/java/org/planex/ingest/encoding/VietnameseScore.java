package org.planex.ingest.encoding;

import org.planex.text.Syllables;

/**
 * How Vietnamese a piece of text reads: the number of whitespace-separated tokens that are well-formed
 * syllables. Used to choose between decodings of the same bytes.
 */
final class VietnameseScore {

  private VietnameseScore() {}

  static int validSyllables(String text) {
    int valid = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = start;
      int e = i;
      while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
        s++;
      }
      while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
        e--;
      }
      if (e > s && e - s <= 8 && Syllables.isSyllable(text.substring(s, e))) {
        valid++;
      }
    }
    return valid;
  }
}
