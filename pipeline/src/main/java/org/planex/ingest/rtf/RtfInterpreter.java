package org.planex.ingest.rtf;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.RawDocument.Block;

/**
 * Interprets a stream of RTF tokens: keeps the group properties, sends text to its destination (body, font
 * table, stylesheet or nowhere) and paragraph, cell and row ends to the {@link RtfBlockBuilder}. One loop over
 * the tokens with the groups on an explicit stack, so time is linear in the file and no nesting can exhaust
 * the call stack.
 */
final class RtfInterpreter {

  /**
   * What a document gave.
   *
   * @param blocks paragraphs and tables in reading order
   * @param encoding the code pages 8-bit text was decoded from, {@code null} when the text was all ASCII and
   *     Unicode escapes
   * @param unclosedGroups how many groups were still open at the end of the file
   */
  record Result(List<Block> blocks, String encoding, long unclosedGroups) {}

  /** Far beyond any real document's nesting, yet it bounds the memory a hostile file can take (tens of MB). */
  private static final int MAX_STATES = 1_000_000;

  /** Destinations that are not the document's text. */
  private static final Set<String> SKIPPED = Set.of(
      "colortbl", "info", "pict", "object", "shp", "shpinst", "shppict", "nonshppict", "do",
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
      "footnote", "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "annotation",
      "fldinst", "formfield", "datafield", "xe", "tc", "tcn", "txe", "bkmkstart", "bkmkend",
      "listtable", "listoverridetable", "revtbl", "rsidtbl", "filetbl", "pgdsctbl", "latentstyles",
      "nesttableprops", "nonesttables", "pn", "pntxta", "pntxtb", "template", "generator", "userprops",
      "docvar", "themedata", "colorschememapping", "datastore", "xmlnstbl", "mmathPr", "private");

  private final RtfBlockBuilder blocks;
  private final RtfGroupStack stack = new RtfGroupStack(MAX_STATES);
  private final RtfCodePages codePages = new RtfCodePages();
  private final RtfFontTable fonts = new RtfFontTable();
  private final RtfStylesheet stylesheet = new RtfStylesheet();
  private final RtfByteDecoder bytes = new RtfByteDecoder();
  private final Set<String> bodyCharsets = new LinkedHashSet<>();

  private Charset documentCharset = RtfCodePages.DEFAULT;
  private int defaultFont = -1;
  /** Fallback characters of the last Unicode escape still to be skipped. */
  private int fallbackLeft;
  /** The token before is '{' (or "{\*"): a control word here names the group's destination. */
  private boolean groupStart;
  private boolean starred;
  /** The root group's state as it closed, for a last paragraph without {@code \par}. */
  private RtfGroupState finalState;

  RtfInterpreter(int maxChars) {
    this.blocks = new RtfBlockBuilder(maxChars);
  }

  Result run(RtfTokenizer tokens) throws IOException, IngestException {
    readHeader(tokens);
    RtfToken token;
    while (!stack.isEmpty() && (token = tokens.next()) != null) {
      switch (token) {
        case RtfToken.EncodedByte b -> encodedByte(b.value());
        case RtfToken.Text t -> text(t.text());
        case RtfToken.GroupStart g -> openGroup();
        case RtfToken.GroupEnd g -> closeGroup();
        case RtfToken.ControlSymbol s -> controlSymbol(s.symbol());
        case RtfToken.ControlWord w -> controlWord(w);
      }
    }
    long unclosed = stack.depth();
    if (unclosed == 0) {
      readTrailer(tokens);
    } else {
      flushBytes(); // the file was cut short: keep what it has
    }
    RtfGroupState last = unclosed == 0 ? finalState : stack.current();
    List<Block> result = blocks.finish(last.inTable, headingLevel(last));
    return new Result(result, bodyCharsets.isEmpty() ? null : String.join("+", bodyCharsets), unclosed);
  }

  /** The file must open with "{\rtf"; white space and a UTF-8 byte order mark before it are tolerated. */
  private void readHeader(RtfTokenizer tokens) throws IOException, IngestException {
    int[] byteOrderMark = {0xEF, 0xBB, 0xBF};
    int markRead = 0;
    RtfToken token = tokens.next();
    while (token instanceof RtfToken.Text t && t.text().isBlank()
        || token instanceof RtfToken.EncodedByte b && markRead < 3 && b.value() == byteOrderMark[markRead]) {
      if (token instanceof RtfToken.EncodedByte) {
        markRead++;
      }
      token = tokens.next();
    }
    if (!(token instanceof RtfToken.GroupStart)) {
      throw corrupt("the file does not start with {\\rtf");
    }
    token = tokens.next();
    if (!(token instanceof RtfToken.ControlWord w && w.name().equals("rtf"))) {
      throw corrupt("the file does not start with {\\rtf");
    }
    stack.open();
  }

  /** After the document's closing brace only white space or leftovers may follow, never another '}'. */
  private void readTrailer(RtfTokenizer tokens) throws IOException, IngestException {
    RtfToken token;
    while ((token = tokens.next()) != null) {
      if (token instanceof RtfToken.GroupEnd) {
        throw corrupt(String.format("unbalanced braces: the '}' before byte %,d closes no group",
            tokens.position()));
      }
    }
  }

  private void openGroup() throws IngestException {
    flushBytes();
    fallbackLeft = 0;
    RtfDestination parent = stack.current().destination;
    stack.open();
    groupStart = true;
    starred = false;
    if (parent == RtfDestination.STYLESHEET) {
      stack.mutable().destination = RtfDestination.STYLE_ENTRY;
      stylesheet.startEntry();
    }
  }

  private void closeGroup() throws IngestException {
    flushBytes();
    fallbackLeft = 0;
    groupStart = false;
    starred = false;
    RtfDestination ended = stack.current().destination;
    if (stack.depth() == 1) {
      finalState = stack.current();
    }
    stack.close();
    if (ended == RtfDestination.STYLE_ENTRY
        && (stack.isEmpty() || stack.current().destination != RtfDestination.STYLE_ENTRY)) {
      stylesheet.endEntry();
    }
  }

  private void encodedByte(int value) throws IngestException {
    if (fallbackLeft > 0) {
      fallbackLeft--;
      return;
    }
    groupStart = false;
    if (!collectsText()) {
      return;
    }
    Charset charset = charset();
    if (!bytes.isEmpty() && bytes.charset() != charset) {
      flushBytes();
    }
    String decoded = bytes.add(value, charset);
    if (decoded != null) {
      emit(decoded, charset);
    }
  }

  private void text(String text) throws IngestException {
    groupStart = false;
    String rest = text;
    if (fallbackLeft > 0) {
      int n = Math.min(fallbackLeft, rest.length());
      fallbackLeft -= n;
      rest = rest.substring(n);
    }
    if (rest.isEmpty() || !collectsText()) {
      return;
    }
    Charset charset = charset();
    if (!bytes.isEmpty() && bytes.charset() == charset && codePages.isMultiByte(charset)) {
      // The first character may be the trail byte of a double-byte character ("\'83e" in Shift_JIS): ASCII is
      // the same in these code pages, so the whole run can be decoded with the pending bytes.
      for (int i = 0; i < rest.length(); i++) {
        String decoded = bytes.add(rest.charAt(i), charset);
        if (decoded != null) {
          emit(decoded, charset);
        }
      }
      return;
    }
    flushBytes();
    emit(rest, null);
  }

  private void controlSymbol(char symbol) throws IngestException {
    boolean atGroupStart = groupStart;
    groupStart = false;
    starred = false;
    if (symbol == '\\' || symbol == '{' || symbol == '}') {
      // Escaped text, which can even be the trail byte of a double-byte character ("\'83\\" is Shift_JIS ソ).
      text(String.valueOf(symbol));
      return;
    }
    flushBytes();
    if (symbol == '*') {
      // "{\*\word": an optional destination, skipped if the word is unknown.
      starred = atGroupStart;
      groupStart = atGroupStart;
      return;
    }
    if (symbol == '\n') {
      fallbackLeft = 0;
      if (stack.current().destination == RtfDestination.BODY) {
        endParagraph(); // a backslash before a line end is \par
      }
      return;
    }
    if (fallbackLeft > 0) {
      fallbackLeft--;
      return;
    }
    String text = switch (symbol) {
      case '~' -> "\u00A0";
      // A non-breaking hyphen is searched for and compared as the hyphen it looks like.
      case '_' -> "-";
      // The optional hyphen is kept as the soft hyphen it is: the cleanup drops it, but in TCVN3 text it is the
      // byte of 'ư', which the legacy-encoding repair needs to see.
      case '-' -> "\u00AD";
      // ':' and '|' are index and formula marks.
      default -> null;
    };
    if (text != null && collectsText()) {
      emit(text, null);
    }
  }

  private void controlWord(RtfToken.ControlWord word) throws IngestException {
    flushBytes();
    boolean atGroupStart = groupStart;
    boolean optional = starred && atGroupStart;
    groupStart = false;
    starred = false;
    // A control word ends a Unicode escape's fallback: should a writer give fewer fallback characters than uc
    // says, a stray '?' is a smaller loss than a swallowed paragraph end.
    fallbackLeft = 0;
    String name = word.name();
    RtfGroupState state = stack.current();
    if (name.equals("ud") && state.unicodeAlternative != null) {
      RtfGroupState s = stack.mutable();
      s.destination = s.unicodeAlternative;
      s.unicodeAlternative = null;
      return;
    }
    if (state.destination == RtfDestination.SKIP) {
      return;
    }
    if (name.equals("upr")) {
      // An upr group holds ANSI text and a ud group with the same text in Unicode: read the Unicode half only.
      RtfGroupState s = stack.mutable();
      s.unicodeAlternative = s.destination;
      s.destination = RtfDestination.SKIP;
      return;
    }
    if (optional || SKIPPED.contains(name)) {
      stack.mutable().destination = RtfDestination.SKIP;
      return;
    }
    switch (name) {
      case "fonttbl" -> stack.mutable().destination = RtfDestination.FONT_TABLE;
      case "stylesheet" -> {
        stack.mutable().destination = RtfDestination.STYLESHEET;
        stylesheet.startEntry();
      }
      case "uc" -> stack.mutable().unicodeSkip = Math.max(0, word.parameter());
      case "u" -> unicode(word);
      case "ansicpg" -> documentCodePage(word.parameter());
      case "ansi" -> documentCharset = RtfCodePages.DEFAULT;
      case "mac" -> documentCodePage(10000);
      case "pc" -> documentCodePage(437);
      case "pca" -> documentCodePage(850);
      case "deff" -> {
        defaultFont = word.parameter();
        if (stack.current().font < 0) {
          stack.mutable().font = defaultFont;
        }
      }
      default -> {
        switch (state.destination) {
          case BODY -> bodyWord(word);
          case FONT_TABLE -> fontTableWord(word);
          case STYLESHEET, STYLE_ENTRY -> styleWord(word);
          default -> {}
        }
      }
    }
  }

  private void bodyWord(RtfToken.ControlWord word) throws IngestException {
    RtfTableBuilder table = blocks.table();
    switch (word.name()) {
      case "par", "sect" -> endParagraph();
      case "line" -> blocks.lineBreak();
      case "cell" -> blocks.endCell();
      // A nested table's cells and rows are flattened into the outer cell, one paragraph each.
      case "nestcell", "nestrow" -> blocks.endParagraph(true, null);
      case "row" -> blocks.endRow();
      case "trowd" -> table.startRowFormat();
      case "trleft" -> table.rowLeft(word.parameter());
      case "cellx" -> table.cellRight(word.parameter());
      case "clvmrg", "clmrg" -> table.coverNextCell();
      case "pard" -> stack.mutable().resetParagraph();
      case "s" -> stack.mutable().style = word.parameter();
      case "outlinelevel" -> stack.mutable().outlineLevel = word.parameterOr(-1);
      case "intbl" -> stack.mutable().inTable = true;
      case "itap" -> stack.mutable().inTable = word.parameter() > 0;
      default -> characterWord(word);
    }
  }

  private void fontTableWord(RtfToken.ControlWord word) {
    switch (word.name()) {
      case "f" -> fonts.define(word.parameter());
      case "fcharset" -> fonts.charset(word.parameter());
      case "cpg" -> fonts.codePage(word.parameter());
      default -> {}
    }
  }

  private void styleWord(RtfToken.ControlWord word) throws IngestException {
    switch (word.name()) {
      case "s" -> stylesheet.paragraphStyle(word.parameter());
      case "cs", "ds", "ts" -> stylesheet.otherStyle();
      case "outlinelevel" -> stylesheet.outlineLevel(word.parameterOr(-1));
      default -> characterWord(word);
    }
  }

  /** Character formatting and special characters, in the body and in style names alike. */
  private void characterWord(RtfToken.ControlWord word) throws IngestException {
    String text = switch (word.name()) {
      case "b" -> {
        stack.mutable().bold = word.isOn();
        yield null;
      }
      case "v" -> {
        stack.mutable().hidden = word.isOn();
        yield null;
      }
      case "plain" -> {
        stack.mutable().resetCharacter(defaultFont);
        yield null;
      }
      case "f" -> {
        stack.mutable().font = word.parameter();
        yield null;
      }
      case "tab" -> "\t";
      case "emdash" -> "\u2014";
      case "endash" -> "\u2013";
      case "bullet" -> "\u2022";
      case "lquote" -> "\u2018";
      case "rquote" -> "\u2019";
      case "ldblquote" -> "\u201C";
      case "rdblquote" -> "\u201D";
      case "emspace" -> "\u2003";
      case "enspace" -> "\u2002";
      case "qmspace" -> "\u2005";
      case "zwj" -> "\u200D";
      case "zwnj" -> "\u200C";
      case "zwbo" -> "\u200B";
      default -> null;
    };
    if (text != null) {
      emit(text, null);
    }
  }

  private void unicode(RtfToken.ControlWord word) throws IngestException {
    if (!word.hasParameter()) {
      return;
    }
    // Values above 32767 are written as negative 16-bit numbers.
    int value = word.parameter() < 0 ? word.parameter() + 65536 : word.parameter();
    if (value >= 0 && value <= 0xFFFF) {
      emit(String.valueOf((char) value), null);
    }
    fallbackLeft = stack.current().unicodeSkip;
  }

  /** Unknown code pages leave the document's as it was. */
  private void documentCodePage(int codePage) {
    Charset charset = codePages.forCodePage(codePage);
    if (charset != null) {
      documentCharset = charset;
    }
  }

  private void endParagraph() {
    RtfGroupState state = stack.current();
    blocks.endParagraph(state.inTable, headingLevel(state));
  }

  /** The paragraph's own outline level wins over its style's; level 9 is body text. */
  private Integer headingLevel(RtfGroupState state) {
    if (state.outlineLevel >= 0) {
      return state.outlineLevel <= 8 ? Math.min(state.outlineLevel + 1, 6) : null;
    }
    return stylesheet.headingLevel(state.style);
  }

  private boolean collectsText() {
    RtfDestination destination = stack.current().destination;
    return destination == RtfDestination.BODY || destination == RtfDestination.STYLESHEET
        || destination == RtfDestination.STYLE_ENTRY;
  }

  /** The code page of the current font, else the document's. */
  private Charset charset() {
    int codePage = fonts.codePageOf(stack.current().font);
    Charset charset = codePage < 0 ? null : codePages.forCodePage(codePage);
    return charset != null ? charset : documentCharset;
  }

  private void flushBytes() throws IngestException {
    if (!bytes.isEmpty()) {
      Charset charset = bytes.charset();
      emit(bytes.flush(), charset);
    }
  }

  /** Sends decoded text where the current group's text goes; {@code from} is its code page, if it had one. */
  private void emit(String text, Charset from) throws IngestException {
    if (text.isEmpty()) {
      return;
    }
    RtfGroupState state = stack.current();
    switch (state.destination) {
      case BODY -> {
        if (!state.hidden) {
          blocks.append(text, state.bold);
          if (from != null) {
            bodyCharsets.add(from.name());
          }
        }
      }
      case STYLESHEET, STYLE_ENTRY -> stylesheet.text(text);
      default -> {}
    }
  }

  private static IngestException corrupt(String reason) {
    return new IngestException(IngestFailure.CORRUPT_FILE, "cannot parse RTF: " + reason);
  }
}
