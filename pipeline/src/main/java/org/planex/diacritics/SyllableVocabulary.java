package org.planex.diacritics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planex.text.AccentFolding;
import org.planex.text.Syllables;
import org.planex.text.TonePlacement;

/**
 * The words the language model knows, numbered: sentence marks, a handful of classes for what is not a
 * syllable (numbers, document symbols, acronyms, foreign words, punctuation), every syllable of the inventory in
 * lower case and classic tone placement, and the words that are no syllable but frequent enough in training
 * text to be worth their own context ({@code UBND}, {@code HĐND}, {@code internet}). Ids start at 1 so that a
 * packed n-gram key never has a leading zero word (see {@link NgramKeys}).
 */
public final class SyllableVocabulary {

  public static final int SENTENCE_START = 1;
  public static final int SENTENCE_END = 2;
  public static final int NUMBER = 3;
  public static final int SYMBOL = 4;
  public static final int ACRONYM = 5;
  public static final int FOREIGN_WORD = 6;
  public static final int OTHER_PUNCTUATION = 7;

  /** Punctuation that gets a word of its own; anything else is {@link #OTHER_PUNCTUATION}. */
  static final String PUNCTUATION = ",.;:()-\"?!/…[]%'+";

  private static final List<String> CLASS_WORDS =
      List.of("<s>", "</s>", "<num>", "<sym>", "<abbr>", "<word>", "<punct>");

  private final String[] words;
  private final Map<String, Integer> ids;
  private final int[] punctuationIds = new int[128];
  private final int firstSyllable;
  private final int syllableEnd;
  private final int[] formOf;
  private final int forms;

  private SyllableVocabulary(List<String> words) {
    if (words.size() >= NgramKeys.MAX_WORDS) {
      throw new IllegalArgumentException("vocabulary too large for " + NgramKeys.BITS + "-bit ids: " + words.size());
    }
    if (!words.subList(0, CLASS_WORDS.size()).equals(CLASS_WORDS)) {
      throw new IllegalArgumentException("vocabulary does not start with the class words");
    }
    this.words = new String[words.size() + 1];
    this.ids = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      this.words[i + 1] = words.get(i);
      ids.put(words.get(i), i + 1);
    }
    Arrays.fill(punctuationIds, OTHER_PUNCTUATION);
    for (char c : PUNCTUATION.toCharArray()) {
      if (c < 128) {
        punctuationIds[c] = ids.get(String.valueOf(c));
      }
    }
    this.firstSyllable = CLASS_WORDS.size() + PUNCTUATION.length() + 1;
    int end = firstSyllable;
    Set<String> inventory = Syllables.inventory();
    while (end < this.words.length && inventory.contains(this.words[end])) {
      end++;
    }
    this.syllableEnd = end;
    // Syllables share the form they strip to; every other word is a form of its own.
    this.formOf = new int[this.words.length];
    Map<String, Integer> formIds = new TreeMap<>();
    for (int id = firstSyllable; id < syllableEnd; id++) {
      formIds.put(AccentFolding.fold(this.words[id]), 0);
    }
    int next = firstSyllable;
    for (Map.Entry<String, Integer> form : formIds.entrySet()) {
      form.setValue(next++);
    }
    for (int id = 0; id < this.words.length; id++) {
      boolean syllable = id >= firstSyllable && id < syllableEnd;
      formOf[id] = syllable ? formIds.get(AccentFolding.fold(this.words[id])) : id < firstSyllable ? id : next++;
    }
    this.forms = next;
  }

  /** The vocabulary of this build: class words, punctuation, the syllable inventory, then {@code frequentWords}. */
  public static SyllableVocabulary standard(Collection<String> frequentWords) {
    List<String> words = new ArrayList<>(CLASS_WORDS);
    for (char c : PUNCTUATION.toCharArray()) {
      words.add(String.valueOf(c));
    }
    words.addAll(new TreeSet<>(Syllables.inventory()));
    for (String word : new TreeSet<>(frequentWords)) {
      if (!Syllables.inventory().contains(word)) {
        words.add(word);
      }
    }
    return new SyllableVocabulary(words);
  }

  public static SyllableVocabulary standard() {
    return standard(List.of());
  }

  /** A vocabulary read back from a model file, in its stored order (ids 1..n). */
  static SyllableVocabulary of(List<String> words) {
    return new SyllableVocabulary(words);
  }

  /** How a letter run that is no syllable is spelled in the vocabulary: acronyms as written, others in lower case. */
  public static String wordKey(String word) {
    return isAcronymShape(word) ? word : word.toLowerCase(Locale.ROOT);
  }

  /** The stripped form a word belongs to, as a number below {@link #forms()}: its candidates share it. */
  public int formOf(int word) {
    return formOf[word];
  }

  public int forms() {
    return forms;
  }

  /** Highest id plus one: arrays indexed by id have this length. */
  public int size() {
    return words.length;
  }

  public String word(int id) {
    return words[id];
  }

  /** Ids of syllables run from here to {@link #syllableEnd()}. */
  public int firstSyllable() {
    return firstSyllable;
  }

  public int syllableEnd() {
    return syllableEnd;
  }

  /** The id of a lower-case, classic-placement syllable, or -1. */
  public int syllableId(String syllable) {
    Integer id = ids.get(syllable);
    return id == null || id < firstSyllable || id >= syllableEnd ? -1 : id;
  }

  public int punctuationId(char c) {
    if (c == '“' || c == '”' || c == '„') {
      return punctuationIds['"'];
    }
    if (c == '‘' || c == '’') {
      return punctuationIds['\''];
    }
    if (c == '–' || c == '—') {
      return punctuationIds['-'];
    }
    return c < 128 ? punctuationIds[c] : c == '…' ? ids.get("…") : OTHER_PUNCTUATION;
  }

  /** The id the language model reads for {@code token} of {@code line}. */
  public int idOf(CharSequence line, TextToken token) {
    return switch (token.kind()) {
      case NUMBER -> NUMBER;
      case SYMBOL, ADDRESS -> SYMBOL;
      case PUNCTUATION -> punctuationId(line.charAt(token.start()));
      case WORD -> wordId(token.text(line));
    };
  }

  /** A letter run as the model reads it: its syllable, its own id if frequent, else the acronym or foreign class. */
  public int wordId(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int id = syllableId(lower);
    if (id < 0 && !isAscii(lower)) {
      // Decomposed or in the other tone convention: the inventory holds NFC, classic placement.
      id = syllableId(TonePlacement.toClassic(lower));
    }
    if (id >= 0) {
      return id;
    }
    Integer frequent = ids.get(wordKey(word));
    if (frequent != null && frequent >= syllableEnd) {
      return frequent;
    }
    return isAcronymShape(word) ? ACRONYM : FOREIGN_WORD;
  }

  /** Two or more letters, all capitals: {@code UBND}, {@code CCHC}, {@code HĐND}. */
  public static boolean isAcronymShape(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** Words in id order (1..n), for writing. */
  List<String> words() {
    return Arrays.asList(words).subList(1, words.length);
  }
}
