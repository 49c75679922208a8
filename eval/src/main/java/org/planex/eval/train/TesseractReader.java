package org.planex.eval.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one page image and returns its non-empty lines. Only training needs it
 * (the OCR channel learns from what it reads); a missing command is a clear error naming the package.
 *
 * @param language the traineddata to read with: {@code eng} reads Vietnamese the way the damaged plans were read
 */
record TesseractReader(String language) {

  List<String> read(Path image) throws IOException {
    Process process;
    try {
      process = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", language, "--psm", "6")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IOException("cannot run tesseract (install it: apt-get install tesseract-ocr)", e);
    }
    try {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException("tesseract failed on " + image);
      }
      return Arrays.stream(out.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      process.destroy();
    }
  }

  /** The engine's version line, for the model's description. */
  static String version() {
    try {
      Process process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      return out.lines().findFirst().orElse("tesseract");
    } catch (IOException e) {
      return "tesseract (version unknown)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "tesseract (version unknown)";
    }
  }
}
