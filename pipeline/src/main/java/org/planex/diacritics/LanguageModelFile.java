package org.planex.diacritics;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The n-gram part of a model file, as a trie: per order, how many continuations each n-gram of the order below
 * has and their word ids (varints), listed by stripped form so that reading builds the decoder's groups
 * ({@link NgramLanguageModel}) without sorting; then one byte per n-gram for its quantized probability, one for
 * its backoff weight and one for the decoder state length after it. Order 1 is stored as plain floats.
 */
final class LanguageModelFile {

  private static final int SEEN = 1;
  private static final int EXTENDS = 2;

  private LanguageModelFile() {}

  static void write(NgramEstimates model, SyllableVocabulary vocabulary, DataOutputStream out) throws IOException {
    int top = model.order();
    int size = model.unigramProbs().length;
    long[][] keys = model.keys();
    boolean[][] extendsContext = extendsContext(model, size);
    out.writeInt(top);
    out.writeInt(size);
    for (int id = 1; id < size; id++) {
      out.writeFloat(model.unigramProbs()[id]);
    }
    for (int id = 1; id < size; id++) {
      // A word that no bigram continues backs off for free: store exactly 0.
      out.writeFloat(extendsContext[1][id] ? model.unigramBackoffs()[id] : 0f);
      out.writeByte((model.unigramSeen()[id] ? SEEN : 0) | (extendsContext[1][id] ? EXTENDS : 0));
    }
    long[] parents = new long[size - 1];
    for (int i = 0; i < parents.length; i++) {
      parents[i] = i + 1;
    }
    for (int n = 2; n <= top; n++) {
      int[] fileOrder = fileOrder(keys[n], parents, vocabulary);
      out.writeInt(fileOrder.length);
      int at = 0;
      for (long parent : parents) {
        int from = at;
        while (at < fileOrder.length && NgramKeys.context(keys[n][fileOrder[at]]) == parent) {
          at++;
        }
        writeVarint(out, at - from);
      }
      for (int i : fileOrder) {
        writeVarint(out, NgramKeys.last(keys[n][i]));
      }
      Codebook probs = Codebook.fit(model.probs()[n], false);
      writeCodebook(probs, out);
      for (int i : fileOrder) {
        out.writeByte(probs.encode(model.probs()[n][i]));
      }
      if (n < top) {
        float[] backoffs = new float[fileOrder.length];
        for (int i = 0; i < backoffs.length; i++) {
          backoffs[i] = extendsContext[n][i] ? model.backoffs()[n][i] : 0f;
        }
        Codebook book = Codebook.fit(backoffs, true, NgramLanguageModel.BACKOFF_CODES);
        writeCodebook(book, out);
        for (int i : fileOrder) {
          out.writeByte(book.encode(backoffs[i]));
        }
      }
      for (int i : fileOrder) {
        out.writeByte(stateLength(keys, extendsContext, n, i, top));
      }
      parents = new long[fileOrder.length];
      for (int i = 0; i < fileOrder.length; i++) {
        parents[i] = keys[n][fileOrder[i]];
      }
    }
  }

  /** Per order, whether each n-gram is the context of a longer one (order 1 indexed by word id). */
  private static boolean[][] extendsContext(NgramEstimates model, int size) {
    int top = model.order();
    boolean[][] result = new boolean[top + 1][];
    result[1] = new boolean[size];
    for (long key : model.keys()[2]) {
      result[1][NgramKeys.first(key, 2)] = true;
    }
    for (int n = 2; n <= top; n++) {
      long[] keys = model.keys()[n];
      result[n] = new boolean[keys.length];
      if (n == top) {
        continue;
      }
      long[] longer = model.keys()[n + 1];
      int j = 0;
      for (int i = 0; i < keys.length; i++) {
        while (j < longer.length && NgramKeys.context(longer[j]) < keys[i]) {
          j++;
        }
        result[n][i] = j < longer.length && NgramKeys.context(longer[j]) == keys[i];
      }
    }
    return result;
  }

  /** The decoder state after n-gram {@code i} of order {@code n}: its longest suffix that extends. */
  private static int stateLength(long[][] keys, boolean[][] extendsContext, int n, int i, int top) {
    long key = keys[n][i];
    for (int l = Math.min(n, top - 1); l >= 1; l--) {
      boolean extendsHere;
      if (l == n) {
        extendsHere = extendsContext[n][i];
      } else if (l == 1) {
        extendsHere = extendsContext[1][NgramKeys.last(key)];
      } else {
        int j = Arrays.binarySearch(keys[l], NgramKeys.suffix(key, l));
        extendsHere = j >= 0 && extendsContext[l][j];
      }
      if (extendsHere) {
        return l;
      }
    }
    return 0;
  }

  /**
   * The n-grams of one order (indices into their sorted keys) in file order: by parent, parents in their own
   * file order, and within a parent by the form of the last word, then the word.
   */
  private static int[] fileOrder(long[] keys, long[] parents, SyllableVocabulary vocabulary) {
    int[] order = new int[keys.length];
    int at = 0;
    for (long parent : parents) {
      int from = lowerBound(keys, parent << NgramKeys.BITS);
      int to = lowerBound(keys, (parent + 1) << NgramKeys.BITS);
      long[] sortable = new long[to - from];
      for (int i = from; i < to; i++) {
        int word = NgramKeys.last(keys[i]);
        sortable[i - from] = ((long) vocabulary.formOf(word) << 40) | ((long) word << 20) | (i - from);
      }
      Arrays.sort(sortable);
      for (long s : sortable) {
        order[at++] = from + (int) (s & 0xFFFFF);
      }
    }
    if (at != keys.length) {
      throw new IllegalStateException("n-grams whose context is not in the model: " + (keys.length - at));
    }
    return order;
  }

  private static int lowerBound(long[] keys, long key) {
    int i = Arrays.binarySearch(keys, key);
    if (i >= 0) {
      while (i > 0 && keys[i - 1] == key) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  static NgramLanguageModel read(ByteBuffer in, SyllableVocabulary vocabulary) {
    int top = in.getInt();
    int size = in.getInt();
    float[] unigramProbs = new float[size];
    float[] unigramBackoffs = new float[size];
    boolean[] seen = new boolean[size];
    unigramProbs[0] = -99f;
    for (int id = 1; id < size; id++) {
      unigramProbs[id] = in.getFloat();
    }
    for (int id = 1; id < size; id++) {
      unigramBackoffs[id] = in.getFloat();
      seen[id] = (in.get() & SEEN) != 0;
    }
    int[][] childStart = new int[top + 1][];
    int[][] entries = new int[top + 1][];
    Codebook[] probBooks = new Codebook[top + 1];
    Codebook[] backoffBooks = new Codebook[top + 1];
    int parents = size;
    for (int n = 2; n <= top; n++) {
      int count = in.getInt();
      // Order 1's parents are word ids, 0 included (it has no continuations), so they index the array directly.
      int[] starts = new int[parents + 1];
      for (int p = n == 2 ? 1 : 0; p < parents; p++) {
        starts[p + 1] = starts[p] + readVarint(in);
      }
      childStart[n - 1] = starts;
      int[] packed = new int[count];
      for (int i = 0; i < count; i++) {
        packed[i] = readVarint(in);
      }
      probBooks[n] = readCodebook(in);
      for (int i = 0; i < count; i++) {
        packed[i] |= (in.get() & 0xFF) << NgramLanguageModel.PROB_SHIFT;
      }
      if (n < top) {
        backoffBooks[n] = readCodebook(in);
        for (int i = 0; i < count; i++) {
          packed[i] |= (in.get() & 0xFF) << NgramLanguageModel.BACKOFF_SHIFT;
        }
      }
      for (int i = 0; i < count; i++) {
        packed[i] |= in.get() << NgramLanguageModel.STATE_SHIFT;
      }
      entries[n] = packed;
      parents = count;
    }
    NgramLanguageModel.Order[] orders = new NgramLanguageModel.Order[top + 1];
    orders[1] = new NgramLanguageModel.Order(childStart[1], null, null, null);
    for (int n = 2; n <= top; n++) {
      orders[n] = new NgramLanguageModel.Order(childStart[n], entries[n], probBooks[n], backoffBooks[n]);
    }
    return new NgramLanguageModel(top, vocabulary, unigramProbs, unigramBackoffs, seen, orders);
  }

  static void writeCodebook(Codebook book, DataOutputStream out) throws IOException {
    out.writeBoolean(book.exactZero());
    out.writeShort(book.size());
    for (float c : book.centers()) {
      out.writeFloat(c);
    }
  }

  static Codebook readCodebook(ByteBuffer in) {
    boolean exactZero = in.get() != 0;
    float[] centers = new float[in.getShort()];
    for (int i = 0; i < centers.length; i++) {
      centers[i] = in.getFloat();
    }
    return new Codebook(centers, exactZero);
  }

  static void writeVarint(DataOutputStream out, int value) throws IOException {
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  static int readVarint(ByteBuffer in) {
    int value = 0;
    int shift = 0;
    while (true) {
      byte b = in.get();
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
      shift += 7;
    }
  }
}
