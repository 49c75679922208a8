package org.planex.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.planex.pipeline.ModelLocation;

/**
 * A learned finder of the body a task item opens with ("Đoàn Thanh niên xã duy trì các đội …" under the Mặt trận's
 * heading): an OpenNLP maximum-entropy name finder over the item's tokens. Rules know the heading's body; where
 * the item names its own subject, and where that name ends and the task begins, is what the model decides.
 * Trained by {@code planex train subjects}; see {@code models/extract/MODEL.md}.
 */
public final class SubjectFinder {

  public static final Path RELATIVE = Path.of("models", "extract", "subject-finder.bin");
  static final String TYPE = "body";

  private final TokenNameFinderModel model;
  /** A decoder keeps per-document state and is not thread-safe: one per thread, over one shared model. */
  private final ThreadLocal<NameFinderME> decoders;

  private SubjectFinder(TokenNameFinderModel model) {
    this.model = model;
    this.decoders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The committed model, loaded once; empty when the project has none (rules only). */
  public static Optional<SubjectFinder> committed() {
    return Holder.COMMITTED;
  }

  public static SubjectFinder read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new SubjectFinder(new TokenNameFinderModel(in));
    }
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** Trains a finder on items whose subject ends at the given character offset (0: the item has none). */
  public static SubjectFinder train(List<LabelledItem> items, int iterations) throws IOException {
    List<NameSample> samples = items.stream().map(SubjectFinder::sample).toList();
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    return new SubjectFinder(NameFinderME.train("vi", TYPE, ObjectStreamUtils.createObjectStream(samples), parameters,
        new TokenNameFinderFactory()));
  }

  /** A task item and where its subject ends: 0 when it opens with its verb. */
  public record LabelledItem(String text, int subjectEnd) {}

  private static NameSample sample(LabelledItem item) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(item.text());
    String[] words = Span.spansToStrings(tokens, item.text());
    int last = -1;
    for (int i = 0; i < tokens.length && tokens[i].getEnd() <= item.subjectEnd(); i++) {
      last = i;
    }
    Span[] names = item.subjectEnd() > 0 && last >= 0 ? new Span[] {new Span(0, last + 1, TYPE)} : new Span[0];
    return new NameSample(words, names, true);
  }

  /**
   * Where the subject {@code item} opens with ends (a character offset), or 0 when it opens with its verb. A
   * subject must leave at least two words of task after it.
   */
  public int subjectEnd(String item) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(item);
    if (tokens.length < 3) {
      return 0;
    }
    NameFinderME decoder = decoders.get();
    Span[] found = decoder.find(Span.spansToStrings(tokens, item));
    decoder.clearAdaptiveData();
    return Arrays.stream(found).filter(s -> s.getStart() == 0 && s.getEnd() <= tokens.length - 2)
        .mapToInt(s -> tokens[s.getEnd() - 1].getEnd()).findFirst().orElse(0);
  }

  private static final class Holder {
    static final Optional<SubjectFinder> COMMITTED = load();

    private static Optional<SubjectFinder> load() {
      Optional<Path> file = ModelLocation.find(RELATIVE);
      try {
        return file.isPresent() ? Optional.of(read(file.get())) : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("unreadable model " + file.get(), e);
      }
    }
  }
}
