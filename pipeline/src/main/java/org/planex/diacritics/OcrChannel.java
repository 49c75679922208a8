package org.planex.diacritics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.planex.text.AccentFolding;

/**
 * The noisy channel of an OCR engine that reads Vietnamese without knowing it: how likely each letter of the true
 * syllable is to come out as each string of zero to two characters ({@code ư} → {@code u}, {@code ir}, {@code tr};
 * {@code ố} → {@code 6}, {@code é}, {@code o}; {@code Đ} → {@code P}, {@code D}). A syllable's score for an
 * observed token is the best way of splitting the token into its letters' outputs (Ristad and Yianilos' stochastic
 * edit distance, restricted to one-to-many so that it is exact and fast).
 *
 * <p>The counts come from aligned text ({@link OcrChannelEstimator}); what a letter was never seen to do shares a
 * Witten-Bell mass by a generic distribution over four kinds of output — itself, its bare letter, any other
 * character or pair, nothing — pooled over all letters, so a letter seen rarely still behaves like letters do.
 * Works on lower-case NFC text.
 */
public final class OcrChannel {

  /** The file beside the language model. */
  public static final String FILE_NAME = "ocr-channel.tsv";
  /** Longest output of one letter. */
  static final int MAX_OUTPUT = 2;
  /** The least share of a letter's outputs left for outputs it was never seen with. */
  static final double MIN_UNSEEN = 0.01;
  /** Characters an OCR engine plausibly writes for a letter, for the share of one other character. */
  static final double ALPHABET = 60;

  /** The four kinds of output a letter has in the generic distribution. */
  enum Kind { SAME, BARE, OTHER, NOTHING }

  private final Map<Character, Map<String, Double>> counts;
  private final double[] kindShare = new double[Kind.values().length];
  private final double pairShare;
  // log10 P(output | letter), per letter: the outputs it was seen with, and what an unseen output of each kind
  // gets. Indexed by the letter's char (Vietnamese letters are all below U+1F00).
  private final LetterOutputs[] byLetter = new LetterOutputs[0x1F00];

  /** One letter's log10 output probabilities. */
  private record LetterOutputs(Map<String, Float> seen, float same, float bare, float other, float pairWithLetter,
      float pair, float nothing) {}

  /** @param counts letter → output → how often (weights may be fractional) */
  public OcrChannel(Map<Character, Map<String, Double>> counts) {
    this.counts = new TreeMap<>();
    double[] kinds = new double[Kind.values().length];
    double pairs = 0;
    double all = 0;
    for (Map.Entry<Character, Map<String, Double>> letter : counts.entrySet()) {
      this.counts.put(letter.getKey(), Map.copyOf(letter.getValue()));
      for (Map.Entry<String, Double> output : letter.getValue().entrySet()) {
        kinds[kindOf(letter.getKey(), output.getKey()).ordinal()] += output.getValue();
        pairs += output.getKey().length() == 2 ? output.getValue() : 0;
        all += output.getValue();
      }
    }
    // A floor on the kinds: an empty table still gives a usable channel (mostly SAME, some BARE).
    double[] floor = {1, 1, 0.2, 0.05};
    double sum = 0;
    for (int k = 0; k < kinds.length; k++) {
      kinds[k] += floor[k] * Math.max(1, all / 1000);
      sum += kinds[k];
    }
    for (int k = 0; k < kinds.length; k++) {
      kindShare[k] = kinds[k] / sum;
    }
    pairShare = Math.min(0.5, Math.max(0.05, pairs / Math.max(1, kinds[Kind.OTHER.ordinal()])));
  }

  /** The kind of output {@code output} is for {@code letter}. */
  static Kind kindOf(char letter, String output) {
    if (output.isEmpty()) {
      return Kind.NOTHING;
    }
    if (output.length() == 1 && output.charAt(0) == letter) {
      return Kind.SAME;
    }
    if (output.length() == 1 && output.equals(AccentFolding.fold(String.valueOf(letter)))) {
      return Kind.BARE;
    }
    return Kind.OTHER;
  }

  /** log10 P(the letter is read as {@code output}). */
  float logProb(char letter, String output) {
    LetterOutputs outputs = letter < byLetter.length ? byLetter[letter] : null;
    if (outputs == null) {
      outputs = outputsOf(letter);
      if (letter < byLetter.length) {
        byLetter[letter] = outputs; // a benign race: every thread computes the same table
      }
    }
    Float seen = outputs.seen().get(output);
    if (seen != null) {
      return seen;
    }
    return switch (kindOf(letter, output)) {
      case SAME -> outputs.same();
      case BARE -> outputs.bare();
      case NOTHING -> outputs.nothing();
      case OTHER -> output.length() == 1 ? outputs.other()
          : holdsLetter(letter, output) ? outputs.pairWithLetter() : outputs.pair();
    };
  }

  /**
   * A letter's table. Its seen outputs keep their relative counts; what it has not been seen to do gets the
   * Witten-Bell share of unseen outputs (distinct outputs over occurrences plus distinct outputs: a letter read
   * many ways will be read yet another way), spread by the generic shares of the kinds. An unseen pair that holds
   * the letter or its bare letter ({@code ọ} → {@code oa}) is far likelier than any pair.
   */
  private LetterOutputs outputsOf(char letter) {
    Map<String, Double> own = counts.getOrDefault(letter, Map.of());
    double total = own.values().stream().mapToDouble(Double::doubleValue).sum();
    double unseenMass = Math.max(MIN_UNSEEN, own.size() / (total + own.size() + 1e-9));
    boolean bareItself = String.valueOf(letter).equals(AccentFolding.fold(String.valueOf(letter)));
    double same = kindShare[Kind.SAME.ordinal()] + (bareItself ? kindShare[Kind.BARE.ordinal()] : 0);
    double bare = bareItself ? 0 : kindShare[Kind.BARE.ordinal()];
    double other = kindShare[Kind.OTHER.ordinal()];
    double nothing = kindShare[Kind.NOTHING.ordinal()];
    double seenShare = total == 0 ? 0 : 1 - unseenMass;
    double unseenShare = total == 0 ? 1 : unseenMass;
    Map<String, Float> seen = new HashMap<>();
    for (Map.Entry<String, Double> output : own.entrySet()) {
      seen.put(output.getKey(), log(seenShare * output.getValue() / total));
    }
    return new LetterOutputs(Map.copyOf(seen), log(unseenShare * same), log(unseenShare * bare),
        log(unseenShare * other * (1 - pairShare) / ALPHABET), log(unseenShare * other * pairShare / ALPHABET),
        log(unseenShare * other * pairShare / (ALPHABET * ALPHABET)), log(unseenShare * nothing));
  }

  private static boolean holdsLetter(char letter, String output) {
    String bare = AccentFolding.fold(String.valueOf(letter));
    return output.indexOf(letter) >= 0 || output.contains(bare);
  }

  private static float log(double p) {
    return (float) Math.log10(Math.max(p, 1e-12));
  }

  /**
   * log10 P(observed | syllable): the best split of {@code observed} into the outputs of the syllable's letters, or
   * negative infinity when none exists (an observed token more than twice the syllable's length).
   */
  public float score(String syllable, String observed) {
    float[][] best = bestSplits(syllable, observed, null);
    return best == null ? Float.NEGATIVE_INFINITY : best[syllable.length()][observed.length()];
  }

  /** What each letter of {@code syllable} was read as on the best split of {@code observed}, or null if none. */
  String[] split(String syllable, String observed) {
    int n = syllable.length();
    int m = observed.length();
    int[][] taken = new int[n + 1][m + 1];
    float[][] best = bestSplits(syllable, observed, taken);
    if (best == null || best[n][m] == Float.NEGATIVE_INFINITY) {
      return null;
    }
    String[] outputs = new String[n];
    for (int i = n, j = m; i > 0; i--) {
      int k = taken[i][j];
      outputs[i - 1] = observed.substring(j - k, j);
      j -= k;
    }
    return outputs;
  }

  /**
   * The dynamic programme of both: {@code best[i][j]} is the best log10 probability of the first {@code i} letters
   * reading as the first {@code j} characters; {@code taken} (when given) records how many characters letter
   * {@code i} took there, the fewest on a tie. Null when the token is too long for the syllable.
   */
  private float[][] bestSplits(String syllable, String observed, int[][] taken) {
    int n = syllable.length();
    int m = observed.length();
    if (m > MAX_OUTPUT * n) {
      return null;
    }
    float[][] best = new float[n + 1][m + 1];
    for (float[] row : best) {
      Arrays.fill(row, Float.NEGATIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int i = 1; i <= n; i++) {
      char letter = syllable.charAt(i - 1);
      for (int j = 0; j <= m; j++) {
        for (int k = 0; k <= MAX_OUTPUT && k <= j; k++) {
          if (best[i - 1][j - k] == Float.NEGATIVE_INFINITY) {
            continue;
          }
          float score = best[i - 1][j - k] + logProb(letter, observed.substring(j - k, j));
          if (score > best[i][j]) {
            best[i][j] = score;
            if (taken != null) {
              taken[i][j] = k;
            }
          }
        }
      }
    }
    return best;
  }

  /** The letters with counts, for reports. */
  public int letters() {
    return counts.size();
  }

  /** Writes the counts as {@code letter TAB output TAB count} lines ({@code ""} output written as {@code ∅}). */
  public void write(Path file, String description) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : description.split("\n")) {
        out.write("# " + line + "\n");
      }
      for (Map.Entry<Character, Map<String, Double>> letter : counts.entrySet()) {
        for (Map.Entry<String, Double> output : new TreeMap<>(letter.getValue()).entrySet()) {
          out.write(letter.getKey() + "\t" + (output.getKey().isEmpty() ? "∅" : output.getKey()) + "\t"
              + String.format(Locale.ROOT, "%.1f", output.getValue()) + "\n");
        }
      }
    }
  }

  /** Reads what {@link #write} wrote; a malformed line is an error naming it. */
  public static OcrChannel read(Path file) throws IOException {
    Map<Character, Map<String, Double>> counts = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 3 || fields[0].length() != 1) {
          throw new IOException(file + ":" + number + ": expected letter, output, count");
        }
        try {
          counts.computeIfAbsent(fields[0].charAt(0), c -> new HashMap<>())
              .put(fields[1].equals("∅") ? "" : fields[1], Double.parseDouble(fields[2]));
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + number + ": bad count " + fields[2], e);
        }
      }
    }
    return new OcrChannel(counts);
  }
}
