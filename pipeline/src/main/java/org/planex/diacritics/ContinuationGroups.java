package org.planex.diacritics;

import java.util.Arrays;

/**
 * For one lattice position, which of its candidates the model continues each context with, and at what
 * probability: the decoder's only way into the model. A context is a suffix of a hypothesis's state, named by
 * its trie entry; each distinct one is read once per position.
 *
 * <p>Reading the trie is what decoding waits on: a context's continuations sit somewhere in a large array,
 * found by a short search that misses the processor's caches. So contexts are queued and read in batches, each
 * step for all of them before the next ({@link #fetchQueued}): the misses of independent lookups overlap
 * instead of queueing one behind the other. A small cache, kept by the decoder from document to document,
 * spares reads of the trie: it remembers where a context's continuations of a form lie, with the first two of
 * them, so that a context and form met again cost one cache line. (A second cache, of where a context's block
 * lies and its first and last forms, saved fewer reads than its own lookups cost: MODEL.md.)
 */
final class ContinuationGroups {

  /** Group 0 of every position stands for the empty context: its candidates are matched by their unigram. */
  static final int NONE = 0;
  /**
   * 2^14 slots, 512 kB. With 2^16 slots, 46% of (context, form) lookups hit instead of 33%, but every lookup
   * then misses a cache of the processor: measured, the smaller cache decodes 2 to 3% faster.
   */
  private static final int RANGE_CACHE_BITS = 14;
  private static final int RANGE_SLOT = 4;
  /** How many continuations a remembered range holds inline. */
  private static final int INLINE = 2;

  private final NgramLanguageModel model;
  private final int[] candidateOf;
  private final StateIndex contexts = new StateIndex();
  private int form;
  // The distinct stripped forms of the position's candidates: one when restoring stripped text, several for OCR.
  private int[] forms = new int[8];
  private int formCount;
  private int k;
  private int groups;

  // Per group: the candidates present (a bit per candidate) and, per candidate, what the n-gram holds.
  private long[] present = new long[64];
  private float[] prob = new float[64 * 8];
  private float[] backoff = new float[64 * 8];
  private byte[] stateLength = new byte[64 * 8];
  private int[] entry = new int[64 * 8];

  // Groups queued for reading: context length and entry, then where their continuations lie.
  private int queued;
  private int[] queueGroup = new int[64];
  private int[] queueLength = new int[64];
  private int[] queueEntry = new int[64];
  private int[] queueFrom = new int[64];
  private int[] queueTo = new int[64];
  private boolean[] queueFound = new boolean[64];
  private long[] queueInline = new long[64];
  private long[] queueBounds = new long[64];

  // Per slot, four longs, so that a lookup touches one cache line (or two, for a slot that straddles them): the
  // key; where the continuations lie (from << 32 | to); and the first two of them, packed, so that a short range
  // needs no read of the trie. (Aligning the slots to cache lines, off the heap, measured no faster.)
  private final long[] ranges = new long[RANGE_SLOT << RANGE_CACHE_BITS];
  ContinuationGroups(NgramLanguageModel model) {
    this.model = model;
    this.candidateOf = new int[model.vocabulary().size()];
    for (int slot = 0; slot < ranges.length; slot += RANGE_SLOT) {
      ranges[slot] = -1;
    }
  }

  /** Starts a position whose candidates are {@code words} (usually all of one stripped form). */
  void begin(int[] words, int expectedContexts) {
    k = words.length;
    formCount = 0;
    for (int c = 0; c < k; c++) {
      candidateOf[words[c]] = c + 1;
      int f = model.vocabulary().formOf(words[c]);
      boolean known = false;
      for (int i = 0; i < formCount && !known; i++) {
        known = forms[i] == f;
      }
      if (!known) {
        forms = formCount == forms.length ? Arrays.copyOf(forms, formCount * 2) : forms;
        forms[formCount++] = f;
      }
    }
    contexts.reset(expectedContexts + 1);
    groups = 0;
    newGroup();
  }

  /** Ends the position. */
  void end(int[] words) {
    for (int word : words) {
      candidateOf[word] = 0;
    }
  }

  /** The group of a context ({@code length} words, trie entry {@code contextEntry}), queued if new. */
  int context(int length, int contextEntry) {
    long key = ((long) length << 32) | contextEntry;
    int g = contexts.findOrPut(key, groups);
    if (g == groups) {
      newGroup();
      queue(g, length, contextEntry);
    }
    return g;
  }

  int groups() {
    return groups;
  }

  long present(int group) {
    return present[group];
  }

  float prob(int group, int candidate) {
    return prob[group * k + candidate];
  }

  float backoff(int group, int candidate) {
    return backoff[group * k + candidate];
  }

  int stateLength(int group, int candidate) {
    return stateLength[group * k + candidate];
  }

  /** The trie entry of the n-gram context + candidate. */
  int entry(int group, int candidate) {
    return entry[group * k + candidate];
  }

  /** Reads every queued group from the model, step by step across the whole batch, form by form. */
  void fetchQueued() {
    for (int f = 0; f < formCount; f++) {
      form = forms[f];
      fetchQueuedOfForm();
    }
    queued = 0;
  }

  private void fetchQueuedOfForm() {
    int n = queued;
    // Where each context's continuations lie: remembered, or its block of the trie to search. Each step reads
    // for every queued context before the next step, so that the reads' cache misses overlap.
    for (int j = 0; j < n; j++) {
      queueFound[j] = recall(rangeSlot(j), rangeKey(j), j);
    }
    for (int j = 0; j < n; j++) {
      if (!queueFound[j]) {
        queueFrom[j] = model.childrenFrom(queueLength[j], queueEntry[j]);
        queueTo[j] = model.childrenTo(queueLength[j], queueEntry[j]);
      }
    }
    for (int j = 0; j < n; j++) {
      if (!queueFound[j]) {
        int order = queueLength[j] + 1;
        int from = queueFrom[j];
        int to = queueTo[j];
        queueBounds[j] = to - from <= NgramLanguageModel.GUESS_FROM ? 0
            : ((long) model.form(order, from) << 32) | model.form(order, to - 1);
      }
    }
    for (int j = 0; j < n; j++) {
      if (!queueFound[j]) {
        long bounds = queueBounds[j];
        queueFrom[j] = model.guessForm(queueLength[j] + 1, queueFrom[j], queueTo[j], (int) (bounds >>> 32),
            (int) bounds, form);
      }
    }
    for (int j = 0; j < n; j++) {
      if (!queueFound[j]) {
        int order = queueLength[j] + 1;
        int blockEnd = queueTo[j];
        int from = model.firstOfForm(order, queueFrom[j], blockEnd, form);
        int to = from;
        while (to < blockEnd && model.form(order, to) == form) {
          to++;
        }
        queueFrom[j] = from;
        queueTo[j] = to;
      }
    }
    for (int j = 0; j < n; j++) {
      int order = queueLength[j] + 1;
      int from = queueFrom[j];
      int to = queueTo[j];
      if (queueFound[j] && to - from <= INLINE) {
        long inline = queueInline[j];
        for (int e = from; e < to; e++, inline >>>= 32) {
          accept(queueGroup[j], order, e, (int) inline);
        }
        continue;
      }
      long inline = 0;
      for (int e = from; e < to; e++) {
        int packed = model.packed(order, e);
        if (e - from < INLINE) {
          inline |= (packed & 0xFFFFFFFFL) << (Integer.SIZE * (e - from));
        }
        accept(queueGroup[j], order, e, packed);
      }
      if (!queueFound[j]) {
        remember(rangeSlot(j), rangeKey(j), from, to, to - from <= INLINE ? inline : 0);
      }
    }
  }

  /** Whether the cache holds {@code key} at {@code slot}: if so, queued group {@code j} takes its range. */
  private boolean recall(int slot, long key, int j) {
    if (ranges[slot] != key) {
      return false;
    }
    long range = ranges[slot + 1];
    queueFrom[j] = (int) (range >>> 32);
    queueTo[j] = (int) range;
    queueInline[j] = ranges[slot + 2];
    return true;
  }

  private void remember(int slot, long key, int from, int to, long inline) {
    ranges[slot] = key;
    ranges[slot + 1] = ((long) from << 32) | to;
    ranges[slot + 2] = inline;
  }

  /** Continuation {@code e} of a group's context, if it is one of the position's candidates. */
  private void accept(int g, int order, int e, int packed) {
    int c = candidateOf[NgramLanguageModel.word(packed)] - 1;
    if (c >= 0) {
      present[g] |= 1L << c;
      prob[g * k + c] = model.prob(order, packed);
      backoff[g * k + c] = model.backoff(order, packed);
      stateLength[g * k + c] = (byte) NgramLanguageModel.stateLength(packed);
      entry[g * k + c] = e;
    }
  }

  private long rangeKey(int j) {
    return ((long) form << 40) ^ ((long) queueLength[j] << 32) ^ queueEntry[j];
  }

  private int rangeSlot(int j) {
    return (int) ((rangeKey(j) * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - RANGE_CACHE_BITS)) * RANGE_SLOT;
  }

  private int newGroup() {
    int g = groups++;
    if (present.length <= g) {
      present = Arrays.copyOf(present, present.length * 2);
    }
    if (prob.length < (g + 1) * k) {
      int size = Math.max((g + 1) * k, prob.length * 2);
      prob = Arrays.copyOf(prob, size);
      backoff = Arrays.copyOf(backoff, size);
      stateLength = Arrays.copyOf(stateLength, size);
      entry = Arrays.copyOf(entry, size);
    }
    present[g] = 0;
    return g;
  }

  private void queue(int g, int length, int contextEntry) {
    if (queued == queueGroup.length) {
      int size = queued * 2;
      queueGroup = Arrays.copyOf(queueGroup, size);
      queueLength = Arrays.copyOf(queueLength, size);
      queueEntry = Arrays.copyOf(queueEntry, size);
      queueFrom = Arrays.copyOf(queueFrom, size);
      queueTo = Arrays.copyOf(queueTo, size);
      queueFound = Arrays.copyOf(queueFound, size);
      queueInline = Arrays.copyOf(queueInline, size);
      queueBounds = Arrays.copyOf(queueBounds, size);
    }
    queueGroup[queued] = g;
    queueLength[queued] = length;
    queueEntry[queued] = contextEntry;
    queued++;
  }
}
