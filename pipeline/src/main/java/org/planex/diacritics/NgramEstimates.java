package org.planex.diacritics;

/**
 * A backoff language model as estimated, before quantization: per order, the kept n-grams' sorted keys with
 * their log10 probabilities and (below the highest order) log10 backoff weights. Order 1 is dense: index = word
 * id, and {@code unigramSeen} tells the words training saw from those that only get the uniform share.
 */
public record NgramEstimates(int order, float[] unigramProbs, float[] unigramBackoffs, boolean[] unigramSeen,
    long[][] keys, float[][] probs, float[][] backoffs) {

  /** How many n-grams of order {@code n} the model holds. */
  public int count(int n) {
    return n == 1 ? unigramProbs.length - 1 : keys[n].length;
  }
}
