package org.planex.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a committed model file is: under {@code models/} of the project root, which is the {@code planex.home}
 * system property the launcher sets, else the first folder upwards from the working directory that has the file
 * (tests run in a module folder). Every stage finds its models this one way.
 */
public final class ModelLocation {

  private ModelLocation() {}

  /** {@code relative} (e.g. {@code models/extract/subject-finder.bin}) under the project root, if it is there. */
  public static Optional<Path> find(Path relative) {
    String home = System.getProperty("planex.home");
    if (home != null && Files.isRegularFile(Path.of(home).resolve(relative))) {
      return Optional.of(Path.of(home).resolve(relative));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(relative))) {
        return Optional.of(dir.resolve(relative));
      }
    }
    return Optional.empty();
  }
}
