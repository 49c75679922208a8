package org.planex.diacritics;

import java.util.Arrays;

/**
 * Exact Viterbi decoding of a candidate lattice under the n-gram model, with max-marginal margins.
 *
 * <p>A hypothesis is identified by its language-model state: the longest suffix of its words that the model
 * holds as the context of a longer n-gram (KenLM's state minimization). Two hypotheses with the same state
 * score every continuation alike, so keeping the better one is exact, and since the state is usually one or two
 * words, far fewer hypotheses survive than the candidates' product.
 *
 * <p>Scoring a transition needs, for each suffix of a hypothesis's state, which candidates the model continues
 * it with. A hypothesis knows where each suffix sits in the model's trie, so those are read once per distinct
 * context and position, as one block of the trie ({@link NgramLanguageModel#firstOfForm}), not looked up once
 * per hypothesis and candidate. The forward pass keeps every transition's score, so a backward pass gives, for
 * each position and candidate, the best score of a path through it; a candidate's margin is the gap between the
 * best path and the best path through another candidate there.
 */
public final class ViterbiDecoder implements LatticeDecoder {

  private static final int[] SENTENCE_END = {SyllableVocabulary.SENTENCE_END};

  static final double BEAM = Double.parseDouble(System.getProperty("planex.beam", "Infinity"));
  private final NgramLanguageModel model;
  private final int maxContext;
  private boolean[] alive = new boolean[256];

  // Hypotheses of every position of the current lattice, position by position. A state is identified by its
  // length and the trie entry of its longest suffix; stateEntry holds the entries of all its suffixes.
  private long[] state = new long[256];
  private int[] stateEntry;
  private int[] stateLength = new int[256];
  private double[] score = new double[256];
  private double[] future = new double[256];
  private int[] back = new int[256];
  private int[] candidate = new int[256];
  private float[] backoffs;
  private int[] firstHypothesis = new int[64];
  // Transitions into each position: (previous hypothesis, candidate) -> target hypothesis and its score.
  private int[] edgeTarget = new int[1024];
  private float[] edgeScore = new float[1024];
  private int[] firstEdge = new int[64];
  private final StateIndex merge = new StateIndex();

  // Per position: which candidate each word is (index + 1, 0 for none), and the continuation groups fetched.
  private final int[] candidateOf;
  private final StateIndex contexts = new StateIndex();
  private long[] present = new long[64];
  private float[] groupProb = new float[64 * 8];
  private float[] groupBackoff = new float[64 * 8];
  private byte[] groupStateLength = new byte[64 * 8];
  private int[] groupEntry = new int[64 * 8];
  private int groups;
  private int[] hypothesisGroups = new int[256];
  /** Group 0 of every position stands for the empty context: its candidates are matched by their unigram. */
  private static final int NONE = 0;
  private int[] targets = new int[64 * 8];

  public ViterbiDecoder(NgramLanguageModel model) {
    this.model = model;
    this.maxContext = model.order() - 1;
    this.backoffs = new float[256 * maxContext];
    this.stateEntry = new int[256 * maxContext];
    this.candidateOf = new int[model.vocabulary().size()];
  }

  @Override
  public Decoding decode(CandidateLattice lattice) {
    int n = lattice.length();
    ensurePositions(n + 3);
    alive[0] = true;
    state[0] = stateKey(1, SyllableVocabulary.SENTENCE_START);
    stateLength[0] = 1;
    stateEntry[0] = SyllableVocabulary.SENTENCE_START;
    score[0] = 0;
    back[0] = -1;
    backoffs[0] = model.unigramBackoff(SyllableVocabulary.SENTENCE_START);
    firstHypothesis[0] = 0;
    firstHypothesis[1] = 1;
    int edges = 0;
    for (int i = 1; i <= n + 1; i++) {
      edges = advance(i, i <= n ? lattice.at(i - 1) : SENTENCE_END, i <= n ? lattice.emissions()[i - 1] : null,
          edges);
    }
    return backtrace(lattice);
  }

  /** Extends every hypothesis of position {@code i - 1} by every candidate of position {@code i}. */
  private int advance(int i, int[] words, float[] emissions, int edges) {
    int from = firstHypothesis[i - 1];
    int to = firstHypothesis[i];
    int k = words.length;
    if (k > Long.SIZE) {
      throw new IllegalArgumentException("more than 64 candidates at one position: " + k);
    }
    ensureHypotheses(to + (to - from) * k);
    ensureEdges(edges + (to - from) * k);
    firstEdge[i] = edges;
    for (int c = 0; c < k; c++) {
      candidateOf[words[c]] = c + 1;
    }
    fetchGroups(from, to, words, k);
    merge.reset((to - from) * k);
    if (targets.length < groups * k) {
      targets = new int[Math.max(groups * k, targets.length * 2)];
    }
    Arrays.fill(targets, 0, groups * k, -1);
    int created = to;
    for (int p = from; p < to; p++) {
      if (!alive[p]) {
        continue;
      }
      int length = stateLength[p];
      int groupsAt = (p - from) * maxContext;
      for (int c = 0; c < k; c++) {
        int word = words[c];
        long bit = 1L << c;
        float penalty = 0;
        int group = -1;
        for (int l = length; l >= 1; l--) {
          int g = hypothesisGroups[groupsAt + l - 1];
          if ((present[g] & bit) != 0) {
            group = g;
            break;
          }
          penalty += backoffs[p * maxContext + l - 1];
        }
        float transition;
        int nextLength;
        if (group >= 0) {
          transition = penalty + groupProb[group * k + c];
          nextLength = groupStateLength[group * k + c];
        } else {
          transition = penalty + model.unigramProb(word);
          nextLength = model.unigramExtends(word) ? 1 : 0;
        }
        if (emissions != null) {
          transition += emissions[c];
        }
        double total = score[p] + transition;
        // The state after the word depends only on the n-gram matched: found once per position and n-gram.
        int matchedAt = (group >= 0 ? group : NONE) * k + c;
        int target = targets[matchedAt];
        if (target < 0) {
          int nextEntry = nextLength == 0 ? 0 : nextLength == 1 ? word
              : groupEntry[hypothesisGroups[groupsAt + nextLength - 2] * k + c];
          long next = stateKey(nextLength, nextEntry);
          target = merge.find(next);
          if (target < 0) {
            target = created++;
            merge.put(next, target);
            state[target] = next;
            stateLength[target] = nextLength;
            score[target] = Double.NEGATIVE_INFINITY;
            // The state's suffixes are n-grams (the hypothesis's shorter contexts + word) fetched already.
            for (int j = 1; j <= nextLength; j++) {
              int at = j == 1 ? -1 : hypothesisGroups[groupsAt + j - 2] * k + c;
              backoffs[target * maxContext + j - 1] = j == 1 ? model.unigramBackoff(word) : groupBackoff[at];
              stateEntry[target * maxContext + j - 1] = j == 1 ? word : groupEntry[at];
            }
          }
          targets[matchedAt] = target;
        }
        if (total > score[target]) {
          score[target] = total;
          back[target] = p;
          candidate[target] = c;
        }
        edgeTarget[edges] = target;
        edgeScore[edges] = transition;
        edges++;
      }
    }
    for (int c = 0; c < k; c++) {
      candidateOf[words[c]] = 0;
    }
    firstHypothesis[i + 1] = created;
    double best = Double.NEGATIVE_INFINITY;
    for (int h = to; h < created; h++) {
      best = Math.max(best, score[h]);
    }
    for (int h = to; h < created; h++) {
      alive[h] = score[h] >= best - BEAM;
    }
    return edges;
  }

  /** For every hypothesis and every suffix of its state, the candidates the model continues that suffix with. */
  private void fetchGroups(int from, int to, int[] words, int k) {
    contexts.reset((to - from) * maxContext);
    groups = 0;
    if (hypothesisGroups.length < (to - from) * maxContext) {
      hypothesisGroups = new int[(to - from) * maxContext * 2];
    }
    int form = model.vocabulary().formOf(words[0]);
    int none = fetch(0, -1, form, k);
    assert none == NONE;
    for (int p = from; p < to; p++) {
      if (!alive[p]) {
        continue;
      }
      int shorter = none;
      for (int l = 1; l <= stateLength[p]; l++) {
        int g;
        if (l > 1 && present[shorter] == 0) {
          // A context longer than one the position's words never follow is never followed by them either.
          g = none;
        } else {
          long context = stateKey(l, stateEntry[p * maxContext + l - 1]);
          g = contexts.find(context);
          if (g < 0) {
            g = fetch(l, stateEntry[p * maxContext + l - 1], form, k);
            contexts.put(context, g);
          }
        }
        hypothesisGroups[(p - from) * maxContext + l - 1] = g;
        shorter = g;
      }
    }
  }

  /** The candidates that continue n-gram {@code entry} of order {@code length} (none for length 0). */
  private int fetch(int length, int entry, int form, int k) {
    int g = groups++;
    if (present.length <= g) {
      present = Arrays.copyOf(present, present.length * 2);
    }
    if (groupProb.length < (g + 1) * k) {
      int size = Math.max((g + 1) * k, groupProb.length * 2);
      groupProb = Arrays.copyOf(groupProb, size);
      groupBackoff = Arrays.copyOf(groupBackoff, size);
      groupStateLength = Arrays.copyOf(groupStateLength, size);
      groupEntry = Arrays.copyOf(groupEntry, size);
    }
    present[g] = 0;
    if (length == 0) {
      return g;
    }
    int order = length + 1;
    int to = model.childrenTo(length, entry);
    SyllableVocabulary vocabulary = model.vocabulary();
    for (int e = model.firstOfForm(order, model.childrenFrom(length, entry), to, form); e < to; e++) {
      int packed = model.packed(order, e);
      int word = NgramLanguageModel.word(packed);
      if (vocabulary.formOf(word) != form) {
        break;
      }
      int c = candidateOf[word] - 1;
      if (c >= 0) {
        present[g] |= 1L << c;
        groupProb[g * k + c] = model.prob(order, packed);
        groupBackoff[g * k + c] = model.backoff(order, packed);
        groupStateLength[g * k + c] = (byte) NgramLanguageModel.stateLength(packed);
        groupEntry[g * k + c] = e;
      }
    }
    return g;
  }

  private static long stateKey(int length, int entry) {
    return ((long) length << 32) | entry;
  }

  private Decoding backtrace(CandidateLattice lattice) {
    int n = lattice.length();
    int last = n + 1;
    int best = -1;
    for (int h = firstHypothesis[last]; h < firstHypothesis[last + 1]; h++) {
      future[h] = 0;
      if (best < 0 || score[h] > score[best]) {
        best = h;
      }
    }
    int[] choices = new int[n];
    for (int h = back[best], i = n; i >= 1; i--) {
      choices[i - 1] = candidate[h];
      h = back[h];
    }
    float[] margins = new float[n];
    for (int i = last; i >= 1; i--) {
      int k = i <= n ? lattice.at(i - 1).length : 1;
      double[] through = new double[k];
      Arrays.fill(through, Double.NEGATIVE_INFINITY);
      int e = firstEdge[i];
      for (int p = firstHypothesis[i - 1]; p < firstHypothesis[i]; p++) {
        future[p] = Double.NEGATIVE_INFINITY;
        if (!alive[p]) {
          continue;
        }
        for (int c = 0; c < k; c++, e++) {
          double rest = edgeScore[e] + future[edgeTarget[e]];
          future[p] = Math.max(future[p], rest);
          through[c] = Math.max(through[c], score[p] + rest);
        }
      }
      if (i <= n) {
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          if (c != choices[i - 1]) {
            second = Math.max(second, through[c]);
          }
        }
        margins[i - 1] = (float) (through[choices[i - 1]] - second);
      }
    }
    return new Decoding(choices, margins);
  }

  private void ensurePositions(int n) {
    if (firstHypothesis.length < n) {
      firstHypothesis = new int[Math.max(n, firstHypothesis.length * 2)];
      firstEdge = new int[firstHypothesis.length];
    }
  }

  private void ensureHypotheses(int n) {
    if (state.length >= n) {
      return;
    }
    int size = Math.max(n, state.length * 2);
    state = Arrays.copyOf(state, size);
    stateLength = Arrays.copyOf(stateLength, size);
    score = Arrays.copyOf(score, size);
    future = Arrays.copyOf(future, size);
    back = Arrays.copyOf(back, size);
    candidate = Arrays.copyOf(candidate, size);
    alive = Arrays.copyOf(alive, size);
    backoffs = Arrays.copyOf(backoffs, size * maxContext);
    stateEntry = Arrays.copyOf(stateEntry, size * maxContext);
  }

  private void ensureEdges(int n) {
    if (edgeTarget.length < n) {
      int size = Math.max(n, edgeTarget.length * 2);
      edgeTarget = Arrays.copyOf(edgeTarget, size);
      edgeScore = Arrays.copyOf(edgeScore, size);
    }
  }

  /** Non-negative long keys to small ints: a tiny open-addressing map, cleared between positions. */
  private static final class StateIndex {

    private static final long EMPTY = -1;

    private long[] keys = filled(64);
    private int[] values = new int[64];
    private int[] touched = new int[64];
    private int touchedCount;
    private int mask = 63;

    private static long[] filled(int size) {
      long[] keys = new long[size];
      Arrays.fill(keys, EMPTY);
      return keys;
    }

    void reset(int expected) {
      for (int i = 0; i < touchedCount; i++) {
        keys[touched[i]] = EMPTY;
      }
      touchedCount = 0;
      if (keys.length < expected * 2) {
        int size = Integer.highestOneBit(expected * 2 - 1) << 1;
        keys = filled(size);
        values = new int[size];
        touched = new int[size];
        mask = size - 1;
      }
    }

    int find(long key) {
      int slot = slot(key);
      for (long k = keys[slot]; k != EMPTY; k = keys[slot]) {
        if (k == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    void put(long key, int value) {
      int slot = slot(key);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
      touched[touchedCount++] = slot;
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
