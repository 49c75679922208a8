package org.planex.diacritics;

/**
 * A quantized backoff n-gram model laid out as a trie for decoding (the layout of KenLM's trie): order 1 is
 * dense arrays by word id; every n-gram of a lower order knows where its continuations start in the next order,
 * and they are sorted by the stripped form of their last word, then the word. The decoder asks "which
 * candidates of this position continue this context?": one short search in a contiguous block answers it for
 * all candidates at once, without any hash table to build when the model loads. Each n-gram is one {@code int},
 * so that reading it costs one cache line: the word (15 bits), an 8-bit probability code, a 7-bit backoff code
 * and the length of the decoder state after it (its longest suffix that is itself the context of a longer
 * n-gram, 2 bits). The search reads the n-grams themselves, a word's form coming from a small table by word id
 * that stays in the processor's cache: the continuations it finds are then read already, with no second array
 * to miss in. Immutable; shared read-only by every thread. Scores are log10.
 */
public final class NgramLanguageModel {

  static final int PROB_SHIFT = NgramKeys.BITS;
  static final int BACKOFF_SHIFT = PROB_SHIFT + 8;
  static final int BACKOFF_CODES = 1 << 7;
  static final int STATE_SHIFT = BACKOFF_SHIFT + 7;
  private static final int WORD_MASK = NgramKeys.MAX_WORDS - 1;
  /** Blocks of continuations up to this long are searched from their start, without a guess. */
  static final int GUESS_FROM = 16;

  private final int order;
  private final SyllableVocabulary vocabulary;
  private final float[] unigramProbs;
  private final float[] unigramBackoffs;
  private final boolean[] unigramSeen;
  private final Order[] orders;
  /** The stripped form of each word id, what continuations are searched by: small enough to stay cached. */
  private final char[] formOf;

  /**
   * The n-grams of one order, in trie order.
   *
   * @param childStart where the continuations of each n-gram start in the next order (one more than the
   *     n-grams, the last being the end); for order 1 indexed by word id; null for the highest order
   * @param entries the n-grams, packed (see the class comment)
   */
  record Order(int[] childStart, int[] entries, Codebook probs, Codebook backoffs) {}

  NgramLanguageModel(int order, SyllableVocabulary vocabulary, float[] unigramProbs, float[] unigramBackoffs,
      boolean[] unigramSeen, Order[] orders) {
    this.order = order;
    this.vocabulary = vocabulary;
    this.unigramProbs = unigramProbs;
    this.unigramBackoffs = unigramBackoffs;
    this.unigramSeen = unigramSeen;
    this.orders = orders;
    this.formOf = new char[vocabulary.size()];
    for (int word = 0; word < formOf.length; word++) {
      formOf[word] = (char) vocabulary.formOf(word);
    }
  }

  public int order() {
    return order;
  }

  public SyllableVocabulary vocabulary() {
    return vocabulary;
  }

  public float unigramProb(int word) {
    return unigramProbs[word];
  }

  public float unigramBackoff(int word) {
    return unigramBackoffs[word];
  }

  /** Whether training saw {@code word}; unseen words all score alike. */
  public boolean seen(int word) {
    return unigramSeen[word];
  }

  /** Whether {@code word} is the context of some bigram, so worth keeping as decoder state. */
  public boolean unigramExtends(int word) {
    return childrenFrom(1, word) < childrenTo(1, word);
  }

  /** The first continuation (in order {@code n + 1}) of n-gram {@code entry} of order {@code n} (1: a word id). */
  public int childrenFrom(int n, int entry) {
    return orders[n].childStart()[entry];
  }

  public int childrenTo(int n, int entry) {
    return orders[n].childStart()[entry + 1];
  }

  /**
   * Among the n-grams {@code [from, to)} of order {@code n}, continuations of one context, the first whose last
   * word is of {@code form} or a later one; they run while {@link #word}'s form is {@code form}.
   */
  public int firstOfForm(int n, int from, int to, int form) {
    int[] entries = orders[n].entries();
    // Galloping from the start: the answer is usually a few n-grams away (see guessForm).
    int lo = from;
    int step = 1;
    while (lo + step < to && formOf[entries[lo + step] & WORD_MASK] < form) {
      lo += step;
      step *= 2;
    }
    if (lo < to && formOf[entries[lo] & WORD_MASK] < form) {
      lo++;
    }
    int hi = Math.min(to, lo + step);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (formOf[entries[mid] & WORD_MASK] < form) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Where in {@code [from, to)} a search for {@code form} may start: the continuations of a frequent context
   * spread over most forms, so interpolating between the block's first and last form lands close, and the search
   * from there touches a cache line or two instead of a dozen. Never past the first n-gram of the form.
   *
   * @param first the form of the block's first n-gram, {@code last} of its last (read by the caller, who may
   *     remember them)
   */
  public int guessForm(int n, int from, int to, int first, int last, int form) {
    if (to - from <= GUESS_FROM || form <= first || last == first) {
      return from;
    }
    int[] entries = orders[n].entries();
    int guess = from + (int) ((long) (to - 1 - from) * (Math.min(form, last) - first) / (last - first));
    // Step back until below the form; galloping keeps a bad guess cheap.
    int step = 4;
    while (guess > from && formOf[entries[guess] & WORD_MASK] >= form) {
      guess = Math.max(from, guess - step);
      step *= 2;
    }
    return guess;
  }

  /** N-gram {@code entry} of order {@code n}, packed: read it with the methods below. */
  public int packed(int n, int entry) {
    return orders[n].entries()[entry];
  }

  public static int word(int packed) {
    return packed & WORD_MASK;
  }

  public float prob(int n, int packed) {
    return orders[n].probs().decode((packed >>> PROB_SHIFT) & 0xFF);
  }

  public float backoff(int n, int packed) {
    Order o = orders[n];
    return o.backoffs() == null ? 0f : o.backoffs().decode((packed >>> BACKOFF_SHIFT) & (BACKOFF_CODES - 1));
  }

  /** The stripped form of the last word of n-gram {@code entry} of order {@code n}. */
  public int form(int n, int entry) {
    return formOf[orders[n].entries()[entry] & WORD_MASK];
  }

  /** How many of the n-gram's last words the decoder keeps as state after it. */
  public static int stateLength(int packed) {
    return packed >>> STATE_SHIFT;
  }

  public int word(int n, int entry) {
    return word(packed(n, entry));
  }

  /** How many n-grams of order {@code n} the model holds. */
  public int count(int n) {
    return n == 1 ? unigramProbs.length - 1 : orders[n].entries().length;
  }

  /** The entry of the n-gram {@code words} (order = its length), or -1; a word id for order 1. */
  public int entry(int... words) {
    int e = words[0];
    for (int n = 2; n <= words.length; n++) {
      if (n > order) {
        return -1;
      }
      int to = childrenTo(n - 1, e);
      int at = firstOfForm(n, childrenFrom(n - 1, e), to, vocabulary.formOf(words[n - 1]));
      while (at < to && word(n, at) != words[n - 1] && vocabulary.formOf(word(n, at)) == vocabulary.formOf(
          words[n - 1])) {
        at++;
      }
      if (at >= to || word(n, at) != words[n - 1]) {
        return -1;
      }
      e = at;
    }
    return e;
  }

  /**
   * log10 p(word | the last {@code context.length} words), backing off from the longest context the model
   * holds: the definition the decoder must agree with.
   */
  public float score(int[] context, int word) {
    float backoffs = 0;
    for (int n = Math.min(context.length, order - 1); n >= 1; n--) {
      int[] ngram = new int[n + 1];
      System.arraycopy(context, context.length - n, ngram, 0, n);
      ngram[n] = word;
      int hit = entry(ngram);
      if (hit >= 0) {
        return backoffs + prob(n + 1, packed(n + 1, hit));
      }
      int c = entry(java.util.Arrays.copyOf(ngram, n));
      backoffs += c < 0 ? 0f : n == 1 ? unigramBackoffs[c] : backoff(n, packed(n, c));
    }
    return backoffs + unigramProbs[word];
  }
}
