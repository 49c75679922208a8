package org.planex.eval.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Turns a DOCX into a legacy Word 97–2003 .doc with LibreOffice ({@code soffice --headless --convert-to doc}):
 * there is no Java writer for the binary format, and LibreOffice's is the one real files often come from.
 */
public final class DocConverter {

  private static final long TIMEOUT_SECONDS = 180;

  private final Path soffice;

  private DocConverter(Path soffice) {
    this.soffice = soffice;
  }

  /** The converter, if {@code soffice} is on the PATH. */
  public static Optional<DocConverter> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "soffice");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new DocConverter(candidate));
      }
    }
    return Optional.empty();
  }

  /** Converts {@code docx} and writes the result to {@code doc}. */
  public void convert(Path docx, Path doc) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("planex-doc");
    try {
      String base = docx.getFileName().toString().replaceFirst("\\.docx$", "");
      Path input = work.resolve(base + ".docx");
      Files.copy(docx, input);
      Path outDir = Files.createDirectory(work.resolve("out"));
      // A private profile: a running LibreOffice, or one left locked by a crash, must not catch the request.
      Path profile = work.resolve("profile");
      Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
          "--headless", "--norestore", "--convert-to", "doc", "--outdir", outDir.toString(), input.toString())
          .redirectErrorStream(true)
          .redirectOutput(work.resolve("soffice.log").toFile())
          .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("soffice did not finish converting " + docx + " in " + TIMEOUT_SECONDS + " s");
      }
      Path result = outDir.resolve(base + ".doc");
      if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
        throw new IOException("soffice could not convert " + docx + " (exit " + process.exitValue() + "): "
            + Files.readString(work.resolve("soffice.log"), StandardCharsets.UTF_8).strip());
      }
      Files.move(result, doc, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
        for (Path p : all) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
