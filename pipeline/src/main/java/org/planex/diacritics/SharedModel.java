package org.planex.diacritics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.planex.pipeline.ModelLocation;

/**
 * The committed diacritics model, loaded once on first use and shared read-only by every thread. It is found
 * as {@code models/diacritics/diacritics.lm} under the project root: the {@code planex.home} system property
 * the launcher sets, else the first folder upwards from the working directory that has it (tests run in a
 * module folder). {@code -Dplanex.diacritics.model=FILE} names another file.
 */
public final class SharedModel {

  public static final String MODEL_PROPERTY = "planex.diacritics.model";
  static final Path RELATIVE = Path.of("models", "diacritics", DiacriticsModelFile.FILE_NAME);

  private SharedModel() {}

  /** The model, or empty when no model file was found (a corrupt one is an error). */
  public static Optional<DiacriticsModel> get() {
    return Holder.MODEL;
  }

  /** Where the model is looked for first, for messages. */
  public static Path expectedLocation() {
    return location().orElse(Path.of(System.getProperty("planex.home", ".")).resolve(RELATIVE));
  }

  static Optional<Path> location() {
    String named = System.getProperty(MODEL_PROPERTY);
    if (named != null) {
      return Optional.of(Path.of(named));
    }
    return ModelLocation.find(RELATIVE);
  }

  /** The lazy-holder idiom: the class loads (and the model with it) on the first call to {@link #get}. */
  private static final class Holder {
    static final Optional<DiacriticsModel> MODEL = load();

    private static Optional<DiacriticsModel> load() {
      Optional<Path> file = location();
      if (file.isEmpty() || !Files.isRegularFile(file.get())) {
        return Optional.empty();
      }
      try {
        return Optional.of(DiacriticsModelFile.read(file.get()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
