package org.planex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's corpus from a test, whichever module folder the test runs in. */
public final class Corpus {

  private Corpus() {}

  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("corpus/plans"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("corpus/plans not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  public static Path plan(String fileName) {
    return root().resolve("corpus/plans").resolve(fileName);
  }

  public static String read(String fileName) {
    try {
      return Files.readString(plan(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
