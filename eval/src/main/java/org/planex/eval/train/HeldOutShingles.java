package org.planex.eval.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planex.text.AccentFolding;
import org.planex.text.Words;

/**
 * Finds training lines that copy a held-out sentence: held-out documents are left out by name, this catches
 * their copies elsewhere (the same article in an amending law, a news story carried twice). A line copies a
 * sentence when it holds at least half of the sentence's runs of {@value #LENGTH} syllables (accents and case
 * folded away); sharing one formula ("tỉnh, thành phố trực thuộc trung ương") is not copying.
 */
final class HeldOutShingles {

  static final int LENGTH = 8;
  static final double COPIED_SHARE = 0.5;

  private final Map<Long, int[]> sentencesByShingle = new HashMap<>();
  private final List<Integer> shinglesPerSentence = new ArrayList<>();

  void addText(String text) {
    for (String line : text.split("\n")) {
      long[] shingles = shingles(line);
      if (shingles.length == 0) {
        continue;
      }
      int sentence = shinglesPerSentence.size();
      shinglesPerSentence.add(shingles.length);
      for (long shingle : shingles) {
        sentencesByShingle.merge(shingle, new int[] {sentence}, HeldOutShingles::concat);
      }
    }
  }

  int sentences() {
    return shinglesPerSentence.size();
  }

  /** Whether {@code line} holds at least half of some held-out sentence. */
  boolean overlaps(String line) {
    Map<Integer, Integer> hits = null;
    for (long shingle : shingles(line)) {
      int[] sentences = sentencesByShingle.get(shingle);
      if (sentences == null) {
        continue;
      }
      hits = hits == null ? new HashMap<>() : hits;
      for (int sentence : sentences) {
        int count = hits.merge(sentence, 1, Integer::sum);
        if (count >= COPIED_SHARE * shinglesPerSentence.get(sentence)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static long[] shingles(String line) {
    List<Words.Word> words = Words.of(line);
    if (words.size() < LENGTH) {
      return new long[0];
    }
    long[] hashes = new long[words.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = AccentFolding.fold(words.get(i).text()).toLowerCase(Locale.ROOT).hashCode();
    }
    long[] shingles = new long[hashes.length - LENGTH + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + LENGTH; j++) {
        h = 31 * h + hashes[j];
      }
      shingles[i] = h;
    }
    return shingles;
  }
}
