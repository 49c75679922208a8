package org.planex.diacritics;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * The model file {@code models/diacritics/diacritics.lm}: a magic string, a format version and the payload's
 * length, then the payload deflated: description, vocabulary, acronyms, word forms, capitalization, syllable counts and the n-gram trie
 * ({@link LanguageModelFile}). Reading checks the magic and version and fails with a clear message otherwise.
 */
public final class DiacriticsModelFile {

  public static final String FILE_NAME = "diacritics.lm";
  private static final byte[] MAGIC = "PLANEX-DIACRITICS".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private DiacriticsModelFile() {}

  /** Writes the model atomically (a temporary file, then a rename). */
  public static void write(Path file, String description, SyllableVocabulary vocabulary, NgramEstimates estimates,
      Set<String> acronyms, Map<String, WordForm> wordForms, CapitalizationModel capitalization,
      int[] syllableCounts) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 24);
    DataOutputStream payload = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
    payload.writeUTF(description);
    List<String> words = vocabulary.words();
    payload.writeInt(words.size());
    for (String word : words) {
      payload.writeUTF(word);
    }
    payload.writeInt(acronyms.size());
    for (String acronym : new TreeSet<>(acronyms)) {
      payload.writeUTF(acronym);
    }
    payload.writeInt(wordForms.size());
    for (Map.Entry<String, WordForm> form : new TreeMap<>(wordForms).entrySet()) {
      payload.writeUTF(form.getKey());
      payload.writeUTF(form.getValue().written());
      payload.writeFloat(form.getValue().margin());
    }
    float[] cases = capitalization.logProbs();
    Codebook caseBook = Codebook.fit(cases, false);
    LanguageModelFile.writeCodebook(caseBook, payload);
    payload.writeInt(cases.length);
    for (float c : cases) {
      payload.writeByte(caseBook.encode(c));
    }
    for (int id = 1; id < vocabulary.size(); id++) {
      LanguageModelFile.writeVarint(payload, syllableCounts[id]);
    }
    LanguageModelFile.write(estimates, vocabulary, payload);
    payload.flush();
    byte[] bytes = raw.toByteArray();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".diacritics", ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
      DataOutputStream header = new DataOutputStream(out);
      header.write(MAGIC);
      header.writeInt(VERSION);
      header.writeInt(bytes.length);
      header.flush();
      DeflaterOutputStream deflated = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16);
      deflated.write(bytes);
      deflated.finish();
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static DiacriticsModel read(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    ByteBuffer header = ByteBuffer.wrap(all);
    byte[] magic = new byte[MAGIC.length];
    if (all.length < MAGIC.length + 8) {
      throw new IOException(file + ": not a Planex diacritics model (too short)");
    }
    header.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException(file + ": not a Planex diacritics model");
    }
    int version = header.getInt();
    if (version != VERSION) {
      throw new IOException(file + ": model format version " + version + ", this build reads " + VERSION
          + "; retrain with ./planex train diacritics");
    }
    byte[] payload = new byte[header.getInt()];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(all, header.position(), all.length - header.position());
      int n = 0;
      while (n < payload.length && !inflater.finished()) {
        n += inflater.inflate(payload, n, payload.length - n);
      }
    } catch (DataFormatException e) {
      throw new IOException(file + ": corrupt model: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
    ByteBuffer in = ByteBuffer.wrap(payload);
    String description = readUtf(in);
    int size = in.getInt();
    List<String> words = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      words.add(readUtf(in));
    }
    SyllableVocabulary vocabulary = SyllableVocabulary.of(words);
    int acronymCount = in.getInt();
    Set<String> acronyms = new HashSet<>();
    for (int i = 0; i < acronymCount; i++) {
      acronyms.add(readUtf(in));
    }
    int formCount = in.getInt();
    Map<String, WordForm> wordForms = new HashMap<>(formCount * 2);
    for (int i = 0; i < formCount; i++) {
      String stripped = readUtf(in);
      wordForms.put(stripped, new WordForm(readUtf(in), in.getFloat()));
    }
    Codebook caseBook = LanguageModelFile.readCodebook(in);
    float[] cases = new float[in.getInt()];
    for (int i = 0; i < cases.length; i++) {
      cases[i] = caseBook.decode(in.get() & 0xFF);
    }
    int[] counts = new int[vocabulary.size()];
    for (int id = 1; id < counts.length; id++) {
      counts[id] = LanguageModelFile.readVarint(in);
    }
    NgramLanguageModel model = LanguageModelFile.read(in, vocabulary);
    // The OCR channel is trained apart (it needs an OCR engine) and lives beside the language model.
    Path channel = file.resolveSibling(OcrChannel.FILE_NAME);
    return new DiacriticsModel(description, vocabulary, model, acronyms, wordForms,
        new CapitalizationModel(cases), counts).withOcrChannel(
            Files.isRegularFile(channel) ? OcrChannel.read(channel) : null);
  }

  /** {@link DataOutputStream#writeUTF} read back from a buffer. */
  private static String readUtf(ByteBuffer in) {
    int length = in.getShort() & 0xFFFF;
    byte[] bytes = new byte[length];
    in.get(bytes);
    // Modified UTF-8 equals UTF-8 for text without NUL or supplementary characters, which is all we write.
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
