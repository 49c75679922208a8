package org.planex.diacritics;

import java.util.Arrays;

/**
 * What a document has already said (a cache model, Kuhn and De Mori 1990): how it spelled the syllables it
 * restored with confidence, so that a later ambiguous {@code phuong} leans to the {@code phường} the plan has
 * been writing all along rather than to {@code phương}, which general text prefers. Each confident choice counts
 * for its stripped form; a candidate's bonus is how much likelier the document's counts, smoothed towards the
 * model's unigram distribution, make it than that distribution alone. Per document; not thread-safe.
 */
final class DocumentCache {

  // Tuned on the development text (ten laws, UD-VTB dev), never on the evaluation sets: see MODEL.md.
  /** How many occurrences' weight the unigram distribution has against the document's counts. */
  static final float PRIOR = 3;
  /** Only choices this sure (log10 margin) are learnt from. */
  static final float MIN_MARGIN = 1;
  /** The cache remembers this many of the latest confident choices: a few pages, not a whole collection. */
  static final int WINDOW = 300;

  /** The bonus of a candidate the document has not chosen, by how many choices of its form it remembers. */
  private static final float[] UNCHOSEN = new float[WINDOW + 1];

  static {
    for (int total = 0; total <= WINDOW; total++) {
      UNCHOSEN[total] = (float) Math.log10(PRIOR / (total + PRIOR));
    }
  }

  private final NgramLanguageModel model;
  private final int[][] counts;
  private final int[] totals;
  private final double[][] priors;
  // The bonuses last worked out per form, for the candidates they were worked out for, until the counts change:
  // a form comes back more often than the document's choices of it change.
  private final float[][] bonuses;
  private final int[][] bonusesFor;
  // The remembered choices, oldest first once the ring is full: form and candidate index.
  private final int[] ringForm = new int[WINDOW];
  private final int[] ringChoice = new int[WINDOW];
  private int remembered;

  DocumentCache(NgramLanguageModel model) {
    this.model = model;
    this.counts = new int[model.vocabulary().forms()][];
    this.totals = new int[model.vocabulary().forms()];
    this.priors = new double[model.vocabulary().forms()][];
    this.bonuses = new float[model.vocabulary().forms()][];
    this.bonusesFor = new int[model.vocabulary().forms()][];
  }

  /**
   * log10 bonuses for a position's candidates, or null while the document has said nothing of their form. The
   * array is shared: read it, do not change it.
   */
  float[] bonuses(int[] candidates) {
    int form = model.vocabulary().formOf(candidates[0]);
    if (candidates.length < 2 || totals[form] == 0 || !oneForm(candidates)) {
      return null;
    }
    if (bonusesFor[form] != candidates) {
      bonuses[form] = workOutBonuses(candidates, form);
      bonusesFor[form] = candidates;
    }
    return bonuses[form];
  }

  private float[] workOutBonuses(int[] candidates, int form) {
    if (priors[form] == null) {
      priors[form] = prior(candidates);
    }
    double[] prior = priors[form];
    float[] bonuses = new float[candidates.length];
    // A candidate the document has not chosen keeps its prior share of the smoothed mass: the same for all.
    Arrays.fill(bonuses, UNCHOSEN[totals[form]]);
    for (int c = 0; c < candidates.length; c++) {
      if (counts[form][c] > 0) {
        double smoothed = (counts[form][c] + PRIOR * prior[c]) / (totals[form] + PRIOR);
        bonuses[c] = (float) Math.log10(smoothed / prior[c]);
      }
    }
    return bonuses;
  }

  /** Learns from a decoded position. */
  void record(int[] candidates, int chosen, float margin) {
    if (margin < MIN_MARGIN || candidates.length < 2 || !oneForm(candidates)) {
      return;
    }
    int form = model.vocabulary().formOf(candidates[0]);
    if (counts[form] == null) {
      counts[form] = new int[candidates.length];
    }
    if (remembered >= WINDOW) {
      int slot = remembered % WINDOW;
      counts[ringForm[slot]][ringChoice[slot]]--;
      totals[ringForm[slot]]--;
      bonusesFor[ringForm[slot]] = null;
    }
    bonusesFor[form] = null;
    ringForm[remembered % WINDOW] = form;
    ringChoice[remembered % WINDOW] = chosen;
    remembered++;
    counts[form][chosen]++;
    totals[form]++;
  }

  /** Whether the candidates are the readings of one stripped syllable (not an acronym's readings). */
  private boolean oneForm(int[] candidates) {
    SyllableVocabulary vocabulary = model.vocabulary();
    return vocabulary.formOf(candidates[0]) == vocabulary.formOf(candidates[candidates.length - 1])
        && candidates[0] >= vocabulary.firstSyllable();
  }

  /** The model's unigram distribution over the candidates. */
  private double[] prior(int[] candidates) {
    double[] p = new double[candidates.length];
    double sum = 0;
    for (int c = 0; c < candidates.length; c++) {
      p[c] = Math.pow(10, model.unigramProb(candidates[c]));
      sum += p[c];
    }
    for (int c = 0; c < candidates.length; c++) {
      p[c] /= sum;
    }
    return p;
  }
}
