package org.planex.ingest.rtf;

/** One lexical unit of RTF: a group brace, a control word or symbol, an encoded byte, or a run of plain text. */
sealed interface RtfToken {

  RtfToken GROUP_START = new GroupStart();
  RtfToken GROUP_END = new GroupEnd();

  /** An opening brace. */
  record GroupStart() implements RtfToken {}

  /** A closing brace. */
  record GroupEnd() implements RtfToken {}

  /**
   * A control word such as {@code \b0} or {@code \par}.
   *
   * @param name the letters, at most {@link RtfTokenizer#MAX_WORD} of them
   * @param hasParameter whether digits followed the letters
   * @param parameter the numeric parameter, 0 without one, clamped to the {@code int} range
   */
  record ControlWord(String name, boolean hasParameter, int parameter) implements RtfToken {

    /** The parameter, or {@code fallback} when the word has none. */
    int parameterOr(int fallback) {
      return hasParameter ? parameter : fallback;
    }

    /** A toggle such as {@code \b}: on without a parameter or with a non-zero one. */
    boolean isOn() {
      return !hasParameter || parameter != 0;
    }
  }

  /** A backslash followed by one non-letter, e.g. {@code \~} or {@code \*}; a line end is given as {@code '\n'}. */
  record ControlSymbol(char symbol) implements RtfToken {}

  /** A byte of text in the current code page: a {@code \'hh} escape or a raw byte above 0x7F. */
  record EncodedByte(int value) implements RtfToken {}

  /** Plain 7-bit text, line ends removed (they carry no meaning in RTF). */
  record Text(String text) implements RtfToken {}
}
