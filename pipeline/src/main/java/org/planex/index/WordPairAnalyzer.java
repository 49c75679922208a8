package org.planex.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * The folded words of a text as overlapping pairs ({@code cai cach}, {@code cach hanh}, …), one per position. A
 * two-word phrase is then one term, and a longer one a phrase of pairs: a phrase search reads the postings of
 * pairs, far rarer than those of the words, instead of every position of every word in every plan.
 */
final class WordPairAnalyzer extends AnalyzerWrapper {

  private final Analyzer words = new VietnameseAnalyzer(true);

  WordPairAnalyzer() {
    super(Analyzer.PER_FIELD_REUSE_STRATEGY);
  }

  /** The pair of two folded words as indexed. */
  static String pair(String first, String second) {
    return first + ShingleFilter.DEFAULT_TOKEN_SEPARATOR + second;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return words;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    ShingleFilter pairs = new ShingleFilter(components.getTokenStream(), 2, 2);
    pairs.setOutputUnigrams(false);
    return new TokenStreamComponents(components.getSource(), pairs);
  }
}
