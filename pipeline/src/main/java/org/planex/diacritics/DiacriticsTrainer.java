package org.planex.diacritics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planex.text.TonePlacement;
import org.planex.text.Words;

/**
 * Trains a diacritics model from accented text: every line is normalized (NFC, classic tone placement),
 * tokenized as restoration will read it, and counted as one sentence; then the counts are smoothed
 * ({@link KneserNeyEstimator}), pruned, quantized and written ({@link DiacriticsModelFile}).
 */
public final class DiacriticsTrainer {

  /** What a training run produced. */
  public record Summary(long lines, long tokens, int[] ngrams, int acronyms, double seconds) {}

  private final KneserNeyEstimator.Options options;
  private final SyllableVocabulary vocabulary;
  private final NgramCounts counts;
  private final int[] syllableCounts;
  private final AcronymStatistics acronyms;
  private final WordFormStatistics wordForms = new WordFormStatistics();
  private final int[] caseCounts;
  private final long started = System.nanoTime();
  private int[] ids = new int[256];
  private long lines;

  /**
   * @param frequentWords words that are no syllable but get their own id ({@link FrequentWords}), so that
   *     {@code UBND xã} and {@code UBND phường} are told apart from other acronyms
   */
  public DiacriticsTrainer(KneserNeyEstimator.Options options, Collection<String> frequentWords) {
    this.options = options;
    this.vocabulary = SyllableVocabulary.standard(frequentWords);
    this.syllableCounts = new int[vocabulary.size()];
    this.counts = new NgramCounts(options.order());
    this.caseCounts = new int[CapitalizationModel.index(vocabulary.size(), true, 0)];
    // Candidates only need to know which stripped forms exist, not what training saw.
    this.acronyms = new AcronymStatistics(SyllableCandidates.all(vocabulary));
  }

  /** Counts one line of accented text, {@code weight} times. */
  public void add(String line, int weight) {
    String text = normalize(line);
    List<TextToken> tokens = LineTokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return;
    }
    if (ids.length < tokens.size()) {
      ids = new int[tokens.size() * 2];
    }
    boolean[] starts = CapitalizationModel.sentenceStarts(text, tokens);
    for (int i = 0; i < tokens.size(); i++) {
      TextToken token = tokens.get(i);
      ids[i] = vocabulary.idOf(text, token);
      syllableCounts[ids[i]] += weight;
      if (token.kind() == TextToken.Kind.WORD) {
        acronyms.add(token.text(text));
        if (ids[i] >= vocabulary.firstSyllable() && ids[i] < vocabulary.syllableEnd()) {
          caseCounts[CapitalizationModel.index(ids[i], starts[i], CapitalizationModel.caseOf(text, token))] += weight;
        }
      }
    }
    // Runs inside symbols too: the Đ of 63/2010/NĐ-CP is learnt there.
    for (Words.Word run : Words.of(text)) {
      if (vocabulary.syllableId(run.text().toLowerCase(Locale.ROOT)) < 0) {
        wordForms.add(run.text());
      }
    }
    counts.addSentence(ids, tokens.size(), weight);
    lines++;
  }

  /** Training text as restoration reads it: NFC, classic tone placement. */
  static String normalize(String line) {
    return TonePlacement.toClassic(Normalizer.normalize(line, Normalizer.Form.NFC));
  }

  /** Estimates the model and writes it to {@code file}. */
  public Summary write(Path file, String description) throws IOException {
    NgramEstimates estimates = new KneserNeyEstimator(options, vocabulary.size()).estimate(counts);
    Set<String> found = acronyms.acronyms();
    DiacriticsModelFile.write(file, description, vocabulary, estimates, found, wordForms.forms(),
        CapitalizationModel.estimate(caseCounts, vocabulary.size()), syllableCounts);
    int[] ngrams = new int[options.order() + 1];
    for (int n = 1; n <= options.order(); n++) {
      ngrams[n] = estimates.count(n);
    }
    return new Summary(lines, counts.tokens(), ngrams, found.size(), (System.nanoTime() - started) / 1e9);
  }
}
