package org.planex.index;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Syllables as Lucene's word-break tokenizer finds them, lower-cased; the folded variant also strips the
 * diacritics, so {@code cai cach} finds {@code cải cách}. Documents arrive in NFC (ingestion normalises them);
 * queries are put into NFC with {@link #nfc} before they are analysed.
 */
final class VietnameseAnalyzer extends Analyzer {

  /** Gap between the values of a multi-valued field, so that a phrase never spans two of them. */
  private static final int VALUE_GAP = 100;

  private final boolean folded;

  VietnameseAnalyzer(boolean folded) {
    this.folded = folded;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    if (folded) {
      stream = new AccentFoldingFilter(stream);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }

  /** The text in NFC. */
  static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
