package org.planex.diacritics;

import java.util.Arrays;

/**
 * Viterbi decoding of a candidate lattice under the n-gram model, with max-marginal margins: exact, or with a
 * beam that drops hypotheses far below the best of their position.
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
 *
 * <p>With a beam of {@code b}, a hypothesis more than {@code b} (log10) below the best of its position is not
 * extended: to win it would have to make up a factor of 10^b through the contexts it leaves to the next words
 * alone. The exact decoder is the reference the beam is measured against (MODEL.md); with a beam, a margin can
 * only be overstated where the runner-up fell out of the beam.
 */
public final class ViterbiDecoder implements LatticeDecoder {

  private static final int[] SENTENCE_END = {SyllableVocabulary.SENTENCE_END};

  private final NgramLanguageModel model;
  private final double beam;
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
  // Per candidate of a position, the best score of a path through it (backtrace).
  private double[] through = new double[Long.SIZE];

  // Per position: the continuations of every context a hypothesis ends in, the group of each hypothesis's
  // suffixes, and the target hypothesis of each (group, candidate) once known.
  private final ContinuationGroups continuations;
  private int[] hypothesisGroups = new int[256];
  private int[] targets = new int[64 * 8];
  private float[] unigram = new float[Long.SIZE];
  private int[] unigramState = new int[Long.SIZE];
  private int created;

  /** The exact decoder. */
  public ViterbiDecoder(NgramLanguageModel model) {
    this(model, Double.POSITIVE_INFINITY);
  }

  /** A decoder that drops hypotheses more than {@code beam} (log10) below the best of their position. */
  public ViterbiDecoder(NgramLanguageModel model, double beam) {
    this.model = model;
    this.beam = beam;
    this.maxContext = model.order() - 1;
    this.backoffs = new float[256 * maxContext];
    this.stateEntry = new int[256 * maxContext];
    this.continuations = new ContinuationGroups(model);
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
    fetchGroups(from, to, words);
    merge.reset((to - from) * k);
    int groups = continuations.groups();
    if (targets.length < groups * k) {
      targets = new int[Math.max(groups * k, targets.length * 2)];
    }
    Arrays.fill(targets, 0, groups * k, -1);
    // What a candidate scores when no context of the hypothesis continues with it: its unigram (no bows yet).
    ensureCandidates(k);
    for (int c = 0; c < k; c++) {
      unigram[c] = model.unigramProb(words[c]) + (emissions == null ? 0f : emissions[c]);
      unigramState[c] = model.unigramExtends(words[c]) ? 1 : 0;
    }
    long all = k == Long.SIZE ? -1L : (1L << k) - 1;
    created = to;
    for (int p = from; p < to; p++) {
      if (!alive[p]) {
        continue;
      }
      int groupsAt = (p - from) * maxContext;
      // Longest context first: a candidate is scored by the longest one that continues with it, after paying
      // the backoff weights of the longer ones that do not.
      long remaining = all;
      float penalty = 0;
      for (int l = stateLength[p]; l >= 1 && remaining != 0; l--) {
        int g = hypothesisGroups[groupsAt + l - 1];
        long present = continuations.present(g);
        for (long hits = present & remaining; hits != 0; hits &= hits - 1) {
          int c = Long.numberOfTrailingZeros(hits);
          float emission = emissions == null ? 0f : emissions[c];
          relax(p, c, g, penalty + continuations.prob(g, c) + emission, continuations.stateLength(g, c), words,
              groupsAt, k, edges + c);
        }
        remaining &= ~present;
        penalty += backoffs[p * maxContext + l - 1];
      }
      for (long rest = remaining; rest != 0; rest &= rest - 1) {
        int c = Long.numberOfTrailingZeros(rest);
        relax(p, c, ContinuationGroups.NONE, penalty + unigram[c], unigramState[c], words, groupsAt, k, edges + c);
      }
      edges += k;
    }
    continuations.end(words);
    firstHypothesis[i + 1] = created;
    double best = Double.NEGATIVE_INFINITY;
    for (int h = to; h < created; h++) {
      best = Math.max(best, score[h]);
    }
    for (int h = to; h < created; h++) {
      alive[h] = score[h] >= best - beam;
    }
    return edges;
  }

  /**
   * The transition from hypothesis {@code p} by candidate {@code c}, matched in group {@code g}: finds or makes
   * the hypothesis of the state it leads to, keeps the better way into it, and records the edge.
   */
  private void relax(int p, int c, int g, float transition, int nextLength, int[] words, int groupsAt, int k,
      int edge) {
    int word = words[c];
    // The state after the word depends only on the n-gram matched: found once per position and n-gram.
    int matchedAt = g * k + c;
    int target = targets[matchedAt];
    if (target < 0) {
      int nextEntry = nextLength == 0 ? 0 : nextLength == 1 ? word
          : continuations.entry(hypothesisGroups[groupsAt + nextLength - 2], c);
      long next = stateKey(nextLength, nextEntry);
      target = merge.findOrPut(next, created);
      if (target == created) {
        created++;
        state[target] = next;
        stateLength[target] = nextLength;
        score[target] = Double.NEGATIVE_INFINITY;
        // The state's suffixes are n-grams (the hypothesis's shorter contexts + word) read already.
        for (int j = 1; j <= nextLength; j++) {
          int shorter = j == 1 ? -1 : hypothesisGroups[groupsAt + j - 2];
          backoffs[target * maxContext + j - 1] = j == 1 ? model.unigramBackoff(word)
              : continuations.backoff(shorter, c);
          stateEntry[target * maxContext + j - 1] = j == 1 ? word : continuations.entry(shorter, c);
        }
      }
      targets[matchedAt] = target;
    }
    double total = score[p] + transition;
    if (total > score[target]) {
      score[target] = total;
      back[target] = p;
      candidate[target] = c;
    }
    edgeTarget[edge] = target;
    edgeScore[edge] = transition;
  }

  private void ensureCandidates(int k) {
    if (unigram.length < k) {
      unigram = new float[Math.max(k, Long.SIZE)];
      unigramState = new int[unigram.length];
    }
  }

  /**
   * For every hypothesis and every suffix of its state, the candidates the model continues that suffix with, read
   * as one batch. A suffix longer than one that no candidate continues reads as empty, since the model holds
   * no n-gram whose shorter suffix it lacks; reading it anyway keeps all reads in one batch.
   */
  private void fetchGroups(int from, int to, int[] words) {
    continuations.begin(words, (to - from) * maxContext);
    if (hypothesisGroups.length < (to - from) * maxContext) {
      hypothesisGroups = new int[(to - from) * maxContext * 2];
    }
    for (int p = from; p < to; p++) {
      if (alive[p]) {
        for (int l = 1; l <= stateLength[p]; l++) {
          hypothesisGroups[(p - from) * maxContext + l - 1] =
              continuations.context(l, stateEntry[p * maxContext + l - 1]);
        }
      }
    }
    continuations.fetchQueued();
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
      if (through.length < k) {
        through = new double[Math.max(k, Long.SIZE)];
      }
      Arrays.fill(through, 0, k, Double.NEGATIVE_INFINITY);
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
}
