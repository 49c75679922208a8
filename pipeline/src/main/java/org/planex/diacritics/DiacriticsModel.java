package org.planex.diacritics;

import java.util.Map;
import java.util.Set;

/**
 * Everything restoration needs, as one immutable object loaded once and shared by every thread: the
 * vocabulary, the language model, the candidates of each stripped syllable, the acronyms found in training
 * data, and raw syllable counts for the most-frequent-form baseline.
 *
 * @param description how the model was trained (sources, command, sizes), as written into the file
 * @param acronyms all-capital ASCII tokens that training text writes unaccented although they strip-match a
 *     syllable ({@code BAN} would be one if the data wrote it so), kept as written
 * @param wordForms how training text writes letter runs that are no syllable, when it writes them with marks:
 *     stripped, lower case → written ({@code hdnd} → {@code hđnd}, {@code pano} → {@code panô})
 * @param capitalization how each syllable tends to be cased
 * @param syllableCounts weighted occurrences of each word id in training text
 * @param ocrChannel how an OCR engine garbles each letter, for repairing OCR'd text; null when the model has none
 */
public record DiacriticsModel(String description, SyllableVocabulary vocabulary, NgramLanguageModel languageModel,
    SyllableCandidates candidates, Set<String> acronyms, Map<String, WordForm> wordForms,
    CapitalizationModel capitalization, int[] syllableCounts, OcrChannel ocrChannel) {

  public DiacriticsModel(String description, SyllableVocabulary vocabulary, NgramLanguageModel languageModel,
      Set<String> acronyms, Map<String, WordForm> wordForms, CapitalizationModel capitalization,
      int[] syllableCounts) {
    this(description, vocabulary, languageModel, new SyllableCandidates(vocabulary, languageModel),
        Set.copyOf(acronyms), Map.copyOf(wordForms), capitalization, syllableCounts, null);
  }

  /** This model with an OCR channel (or without, for null). */
  public DiacriticsModel withOcrChannel(OcrChannel channel) {
    return new DiacriticsModel(description, vocabulary, languageModel, candidates, acronyms, wordForms,
        capitalization, syllableCounts, channel);
  }
}
