package org.planex.diacritics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.planex.text.Words;

/**
 * Restores Vietnamese diacritics, line by line: tokenize ({@link LineTokenizer}), decide what may change
 * ({@link SpanPolicy}), decode the candidate lattice ({@link ViterbiDecoder}), and write each chosen syllable
 * back over the ASCII letters it came from with their case ({@code CONG} → {@code CỘNG}, {@code Thong} →
 * {@code Thông}). Only letters change, one for one, so the output has the input's length, lines and offsets.
 *
 * <p>A text that reads as OCR-damaged ({@link OcrDamage}) goes through the model's OCR channel instead when it
 * has one ({@link OcrRestorer}): every word is then a noisy reading, and words may change length ({@code ctia} →
 * {@code của}); {@link Restoration#restoredOffset} maps offsets. Thread-safe: each thread decodes with its own
 * decoder.
 */
public final class DiacriticRestorer {

  /** Lines longer than this many tokens are decoded in pieces, cut after a sentence end when possible. */
  static final int PIECE_TOKENS = 400;
  static final int MAX_PIECE_TOKENS = 2000;

  private final DiacriticsModel model;
  private final SpanPolicy policy;
  private final OcrDamage damage;
  private final OcrRestorer ocr;
  /** One decoder per thread, kept between calls: its buffers and caches are worth keeping warm. */
  private final ThreadLocal<LatticeDecoder> decoders;

  private DiacriticRestorer(DiacriticsModel model, Function<DiacriticsModel, LatticeDecoder> decoders) {
    this.model = model;
    this.policy = new SpanPolicy(model);
    this.damage = new OcrDamage(model);
    this.ocr = model.ocrChannel() == null ? null : new OcrRestorer(model);
    this.decoders = ThreadLocal.withInitial(() -> decoders.apply(model));
  }

  /**
   * How far (log10) below the best of its position a hypothesis may fall and still be extended: ten thousand
   * times less likely. On the benchmark text it changes 9 of 69,344 syllables against exact decoding and decodes
   * about 1.7 times as fast as a beam of 10^6 (MODEL.md).
   */
  public static final double BEAM = 4;

  /** The restorer: Viterbi decoding under the model's language model, within {@link #BEAM}. */
  public static DiacriticRestorer viterbi(DiacriticsModel model) {
    return viterbi(model, BEAM);
  }

  /** The restorer with a beam of {@code beam} (log10), for measuring what the beam costs and saves. */
  public static DiacriticRestorer viterbi(DiacriticsModel model, double beam) {
    return new DiacriticRestorer(model, m -> new ViterbiDecoder(m.languageModel(), beam));
  }

  /** The restorer with exact Viterbi decoding: slower, the reference the beam is measured against. */
  public static DiacriticRestorer exact(DiacriticsModel model) {
    return new DiacriticRestorer(model, m -> new ViterbiDecoder(m.languageModel()));
  }

  /** The naive baseline: each syllable's most frequent form in training text, whatever its context. */
  public static DiacriticRestorer mostFrequentForm(DiacriticsModel model) {
    return new DiacriticRestorer(model, m -> new MostFrequentFormDecoder(m.syllableCounts()));
  }

  public DiacriticsModel model() {
    return model;
  }

  public Restoration restore(String text) {
    if (ocr != null && damage.appliesTo(text)) {
      return restoreOcr(text);
    }
    LatticeDecoder decoder = decoders.get();
    DocumentCache cache = new DocumentCache(model.languageModel());
    double documentShare = policy.markedShare(text);
    char[] out = text.toCharArray();
    List<RestoredToken> changed = new ArrayList<>();
    int open = 0;
    for (LineSpan line : LineSpan.of(text)) {
      List<TextToken> tokens = LineTokenizer.tokenize(text, line.start(), line.end());
      for (List<TextToken> piece : pieces(text, tokens)) {
        open += restoreLine(text, piece, documentShare, decoder, cache, out, changed);
      }
    }
    return new Restoration(new String(out), changed, open);
  }

  /** Whether restoration would read {@code text} as OCR-damaged (and has a channel to repair it). */
  public boolean readsAsOcr(String text) {
    return ocr != null && damage.appliesTo(text);
  }

  /** Two passes: the first remembers the document's confident readings, the second decodes with them. */
  private Restoration restoreOcr(String text) {
    LatticeDecoder decoder = decoders.get();
    List<List<TextToken>> pieces = new ArrayList<>();
    for (LineSpan line : LineSpan.of(text)) {
      pieces.addAll(pieces(text, OcrLineTokenizer.tokenize(text, line.start(), line.end())));
    }
    OcrDocumentMemory memory = new OcrDocumentMemory();
    for (List<TextToken> piece : pieces) {
      OcrRestorer.Plan plan = ocr.plan(text, piece, null);
      if (plan.openCount() > 0) {
        Decoding decoding = decoder.decode(plan.lattice());
        for (int i = 0; i < piece.size(); i++) {
          if (plan.open()[i]) {
            ocr.remember(text, plan, decoding, i, memory);
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    List<RestoredToken> changed = new ArrayList<>();
    int copied = 0;
    int open = 0;
    for (List<TextToken> piece : pieces) {
      OcrRestorer.Plan plan = ocr.plan(text, piece, memory);
      open += plan.openCount();
      Decoding decoding = plan.openCount() == 0 ? null : decoder.decode(plan.lattice());
      for (int i = 0; i < piece.size(); i++) {
        List<RestoredToken> changes = plan.open()[i]
            ? ocr.replacement(text, plan, decoding, i) : wordFormChanges(model, text, piece.get(i));
        for (RestoredToken change : changes) {
          out.append(text, copied, change.start()).append(change.restored());
          copied = change.end();
          changed.add(change);
        }
      }
    }
    out.append(text, copied, text.length());
    return new Restoration(out.toString(), changed, open);
  }

  private int restoreLine(String text, List<TextToken> tokens, double documentShare, LatticeDecoder decoder,
      DocumentCache cache, char[] out, List<RestoredToken> changed) {
    LinePlan plan = policy.plan(text, tokens, documentShare, cache);
    if (!plan.stripped()) {
      return 0;
    }
    Decoding decoding = plan.anyOpen() ? decoder.decode(plan.lattice()) : null;
    int open = 0;
    for (int i = 0; i < tokens.size(); i++) {
      TextToken token = tokens.get(i);
      if (plan.open()[i]) {
        open++;
        String chosen = model.vocabulary().word(plan.lattice().at(i)[decoding.choices()[i]]);
        cache.record(plan.lattice().at(i), decoding.choices()[i], decoding.margins()[i]);
        write(text, token.start(), token.end(), chosen, decoding.margins()[i], out, changed);
      } else {
        restoreWordForms(text, token, out, changed);
      }
    }
    return open;
  }

  /** Letter runs that are no syllable ({@code HDND}, the {@code QD} of {@code 3041/QD-UBND}), from the model's table. */
  private void restoreWordForms(String text, TextToken token, char[] out, List<RestoredToken> changed) {
    for (RestoredToken change : wordFormChanges(model, text, token)) {
      change.restored().getChars(0, change.restored().length(), out, change.start());
      changed.add(change);
    }
  }

  /**
   * How training text writes the letter runs of a word or symbol that are no syllable, where that differs from the
   * input letter for letter: {@code HDND} → {@code HĐND}, the {@code QD} of {@code 3041/QD-UBND} → {@code QĐ}.
   */
  static List<RestoredToken> wordFormChanges(DiacriticsModel model, String text, TextToken token) {
    if (token.kind() != TextToken.Kind.WORD && token.kind() != TextToken.Kind.SYMBOL) {
      return List.of();
    }
    List<RestoredToken> changes = new ArrayList<>();
    for (Words.Word run : Words.of(text.subSequence(token.start(), token.end()))) {
      WordForm form = model.wordForms().get(run.text().toLowerCase(Locale.ROOT));
      if (form != null && form.written().length() == run.text().length()
          && !form.written().equals(run.text().toLowerCase(Locale.ROOT))) {
        changes.add(new RestoredToken(token.start() + run.start(), token.start() + run.end(), run.text(),
            withCaseOf(run.text(), form.written()), form.margin()));
      }
    }
    return changes;
  }

  /** Writes {@code chosen} (lower case) over {@code text[start, end)} with its capitals, if it differs. */
  private static void write(String text, int start, int end, String chosen, float margin, char[] out,
      List<RestoredToken> changed) {
    if (chosen.length() != end - start || writtenAs(chosen, text, start, end)) {
      return;
    }
    String original = text.substring(start, end);
    String restored = withCaseOf(original, chosen);
    restored.getChars(0, restored.length(), out, start);
    changed.add(new RestoredToken(start, end, original, restored, margin));
  }

  /**
   * Whether {@code text[start, end)} lower-cased is {@code lower}: read in place when its letters are ASCII (a
   * stripped text's are), else by lower-casing it.
   */
  private static boolean writtenAs(String lower, String text, int start, int end) {
    boolean same = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        return lower.equals(text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      same &= lower.charAt(i - start) == (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return same;
  }

  /** {@code syllable} (lower case) with the capitals of {@code original}, letter for letter. */
  static String withCaseOf(String original, String syllable) {
    char[] chars = syllable.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Character.isUpperCase(original.charAt(i))) {
        chars[i] = Character.toUpperCase(chars[i]);
      }
    }
    return new String(chars);
  }

  /** A line's tokens, in pieces short enough to decode: cut after a sentence end, or anywhere if none comes. */
  static List<List<TextToken>> pieces(CharSequence text, List<TextToken> tokens) {
    if (tokens.size() <= PIECE_TOKENS) {
      return List.of(tokens);
    }
    List<List<TextToken>> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int length = i + 1 - from;
      boolean sentenceEnd = tokens.get(i).kind() == TextToken.Kind.PUNCTUATION
          && ".;?!".indexOf(text.charAt(tokens.get(i).start())) >= 0;
      if ((length >= PIECE_TOKENS && sentenceEnd) || length >= MAX_PIECE_TOKENS) {
        pieces.add(tokens.subList(from, i + 1));
        from = i + 1;
      }
    }
    if (from < tokens.size()) {
      pieces.add(tokens.subList(from, tokens.size()));
    }
    return pieces;
  }
}
