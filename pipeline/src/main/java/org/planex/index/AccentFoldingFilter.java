package org.planex.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.planex.text.AccentFolding;

/** Strips Vietnamese diacritics from each token with the project's one accent folding ({@code đ} → {@code d}). */
final class AccentFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AccentFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    // foldAligned keeps the length, so the term is rewritten in place; a stray combining mark becomes a space.
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      buffer[i] = AccentFolding.foldChar(buffer[i]);
    }
    return true;
  }
}
